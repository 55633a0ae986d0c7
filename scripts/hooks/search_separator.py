"""MkDocs hook: the search box reads a query by its words, without stop words, plural endings or
an exam question's boilerplate.

Material's search never indexes stop words such as "a", "the", "or" and "how" (lunr's stop-word
filter drops them from the index), but it still searches for each word of a query with a wildcard
after it: "a" becomes "a*" and matches "aws" and "account", "or" matches "organizations", "in"
matches "inspector". A whole question typed into the box ("how do I rotate a secret in the
console") then ranks pages by words the learner did not mean. The search box splits a query with
the same separator as the index, so a separator that also takes in a whole stop word drops it
from both: the index keeps the same terms, and the query loses only its noise. A query of stop
words alone finds nothing, as it would in the index.

The same wildcard makes a plural find only the plural: "replicas*" misses every "replica" and
"replicated", "policies*" every "policy". Material splits a query into words before it applies
the separator, so a separator that matches a plural ending only when it ends the whole string cuts
the ending off the query's words ("replica*", "polic*"). The index applies it to each run of text
between two tags, so there it cuts only a word that stands alone, such as `aliases` in code, which
the query's words then still find. What is left of a word never ends in a plural ending again, so
the page highlighting, which splits the found words with the separator once more, finds nothing
left to cut.

The same single-word rule leaves out the boilerplate of an exam question pasted whole ("company",
"solution", "requirements", "operational overhead"), which says nothing about its topic, and the
"Amazon" before a service's name ("Amazon RDS"), where the name itself says which service. It
also leaves out the parts of a Region code ("us-east-1"), which said little and counted once for
each part, and any other lone digit.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

# lunr.js's English stop-word list (lunr.stopWordFilter), which Material's index applies, and two
# short words that list lacks: searched as "over*", "over" matched the "overview" in the titles of
# the overview pages, so "sent over the network" ranked an overview first; as "up*", "up" ("set
# up", "end up") matched "upload" and "update" in headings.
STOP_WORDS = ["over", "up"] + """
a able about across after all almost also am among an and any are as at be because been but by
can cannot could dear did do does either else ever every for from get got had has have he her
hers him his how however i if in into is it its just least let like likely may me might most
must my neither no nor not of off often on only or other our own rather said say says she should
since so some than that the their them then there these they this tis to too twas us wants was
we were what when where which while who whom why will with would yet you your
""".split()

# The plural ending of a word that is the whole string, leaving at least three letters:
# "policies" -> "polic", "classes" -> "class", "boxes" -> "box", "aliases" -> "alia" (a stem
# ending in one "s" loses it too), "keys" -> "key"; "access", "analysis" and "status" are kept.
# Punctuation may follow, as the question mark after the last word of a question.
END = r"(?=[^A-Za-z\d]*$)"
PLURAL_ENDING = "|".join(
    [
        rf"(?<=^[A-Za-z]{{4,}})ies{END}",
        rf"(?<=^[A-Za-z]{{2,}}(?:ss|x|z|ch|sh))es{END}",
        rf"(?<=^[A-Za-z]{{2,}}[^\Ws\d_])ses{END}",
        rf"(?<=^[A-Za-z]{{2,}}[a-hj-rtv-z])s{END}",
    ]
)


# The boilerplate of an exam question ("A company needs a solution that meets these requirements
# with the LEAST operational overhead"): words that say nothing about its topic, and "Amazon", which
# every stem puts before a service's name. Like a plural ending, they are left out only where they
# are a whole query word.
QUESTION_WORDS = """
amazon choose combination company companies ensure meet meets need needs operational overhead
requirement requirements solution solutions team teams
""".split()

# The words of a Region code ("us-east-1", "eu-west-1", "ap-southeast-2"). Material searches a
# hyphenated query word once for each of its parts that the separator keeps, so a Region code in an
# exam stem counted two or three times as much as any other word, and ranked first the few headings
# that name us-east-1 (ACM certificates for CloudFront). Without these parts ("us" is a stop word
# already) and without its lone digit (below), a code such as us-east-1 leaves the query: it says
# where, not what about. "central" and "ca" stay, since learners also type them as words ("central
# management", "private CA"): eu-central-1 and ca-central-1 are searched once, as one word.
REGION_WORDS = ["ap", "eu", "east", "west", "north", "south", "northeast", "southeast"]


def capitalisable(word: str) -> str:
    """`word` as a pattern that also matches it capitalised, as at the start of a sentence."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


QUESTION_WORD = f"^(?:{'|'.join(map(capitalisable, QUESTION_WORDS + REGION_WORDS))}){END}"

# A lone digit, such as the "1" of "us-east-1": searched with its wildcard, "1*" matches every
# number that starts with 1 ("1.2", "10", "15"), so it adds noise, not meaning. Numbers of two
# digits or more ("50 aliases", "4096") and versions ("1.2") stay.
LONE_DIGIT = rf"^\d{END}"


def query_word_separator(separator: str) -> str:
    """`separator` extended with any stop word that stands between two separators (or at the
    start or end), lower case or capitalised, as in "The" at the start of a question, and with
    the plural ending, the exam boilerplate, the Region words and the lone digit of a single
    word."""
    words = "|".join(map(capitalisable, STOP_WORDS))
    single_word = f"{PLURAL_ENDING}|{QUESTION_WORD}|{LONE_DIGIT}"
    return f"(?:^|{separator})(?:{words})(?={separator}|$)|{separator}|{single_word}"


# Before the search plugin's own on_config, which copies the separator into its index.
@event_priority(50)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    search = config.plugins["material/search"].config
    search.separator = query_word_separator(search.separator)
    return config
