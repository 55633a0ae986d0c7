"""MkDocs hook: let long identifiers in code wrap at their punctuation, never inside a word.

`kms:GrantIsForAWSResource` or `Policy:IAMUser/S3BucketPublic` hold no space, so a narrow column
(the printed cheat sheet, a phone) can only wrap them by splitting a word. A <wbr> after each
":", "/" and "." that a letter follows gives the browser those break points instead; it adds no
character, so copying the code still gives the identifier as written. Code blocks (<pre>) are
left alone.
"""

from __future__ import annotations

import re

INLINE_CODE_OR_BLOCK = re.compile(r"<pre\b.*?</pre>|<code>([^<]*)</code>", re.DOTALL)
BREAK_AFTER = re.compile(r"([:/.])(?=[A-Za-z])")


def on_page_content(html: str, **kwargs: object) -> str:
    def add_breaks(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group()
        return "<code>" + BREAK_AFTER.sub(r"\1<wbr>", match.group(1)) + "</code>"

    return INLINE_CODE_OR_BLOCK.sub(add_breaks, html)
