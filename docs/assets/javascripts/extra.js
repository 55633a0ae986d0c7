// Material's search reads a hyphen at the start of a query word as "leave this word out", and
// two ("--no-verify-ssl") as a syntax error that shows no results at all. Here such words are
// command-line options ("--sse", "-o tls") or ID prefixes ("mrk-"), so hyphens at either edge of
// a word are dropped before the query reaches the search worker (Material's message type 2).
// A colon is the query syntax for a field ("title:kms"). Material reads an unknown field as a
// word again only when it is one plain word ("kms:Decrypt"): after a header or a path with other
// punctuation the query finds nothing ("x-amz-server-side-encryption: AES256") or loses the path
// ("/prod/db/password:live"), so such a colon becomes a space.
// A single digit between hyphens or at the end of a hyphenated word ("eu-central-1",
// "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "FIPS 140-3") would be searched as "1*" and match
// every number that starts with it; it leaves the query, as a lone digit does in the search hook.
// So does a single letter that stands alone, such as the B of "account B" ("b*" matches "be",
// "back", "bucket"); "a" and "i" are stop words. A letter that ends a hyphenated word ("SSE-C")
// stays, but that word is a name, so its parts are searched as they are (lunr's "^1", a plain
// weight, which Material leaves without a wildcard): as "c*", the C matched "customer",
// "CloudTrail" and every other word that starts with it, on every page, so the long glossary came
// first for "sse-c replication". A space follows the "^1", or the "?" of "sse-c?" would be read as
// a word of its own that no page holds. A short word that ends in a digit ("S3", "EC2") is a name
// too, searched as it is: as "s3*", it matched the long names of Macie's findings
// ("S3BucketEncryptionDisabled"), each a rare word that counted in full, so "s3 default
// encryption" found Macie's findings first.
// A query that asks what a term stands for or is short for, for an abbreviation or acronym, or for
// its meaning ("CI/CD meaning") wants its expansion: the glossary gives every one, so its name
// joins the query with five times the weight of a word ("glossary^5", lunr's boost syntax). Without
// it the page whose heading holds the term came first ("what does XKS stand for"); with the name at
// plain weight, a heading that names the term and "standards" still did ("what does CIS stand
// for", since "stand" finds "standards").
// A pasted exam question often has a sentence that lists the options someone suggested or
// considered ("AWS Config and Amazon Inspector were suggested."), or a clause in which someone
// proposes or suggests them (", and an engineer proposes S3 Replication Time Control."). It names
// wrong answers, not what the question is about, and sent the search to their pages, so it leaves
// the query, as long as the rest still says something (three words of four letters or more); a
// query that is such a sentence alone stays whole. A clause goes from its comma on, so the
// requirement said before it ("TLS must end on the instances, and an architect suggests ...")
// stays.
(() => {
  const options = /[^.?!]*\b(?:(?:were|was|are|is|have been|has been)\s+(?:also\s+)?(?:suggested|considered|proposed|discussed|mentioned|already in place|already deployed)|considers|(?:is|are) considering)\b[^.?!]*[.?!]|[^.?!,;]*\b(?:proposes|suggests)\b[^.?!]*[.?!]/gi;
  const withoutOptions = query => {
    const rest = query.replace(options, " ");
    return rest.split(/\s+/).filter(word => word.length > 3).length >= 3 ? rest : query;
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message?.type === 2 && typeof message.data === "string") {
      const data = withoutOptions(message.data)
        .replace(/([^\s:]*[^\w\s:][^\s:]*):/g, "$1 ")
        .replace(/-\d(?=-|\s|$|\.(?!\d)|[,;:!?)])/g, "")
        .replace(/(^|\s)-+|-+(?=\s|$)/g, "$1")
        .replace(/(^|\s)[b-hj-z](?=\s|$|[,;:!?.)])/gi, "$1")
        .replace(/(\w-[a-z])(?=\s|$|[,;:!?.)])/gi, "$1^1 ")
        .replace(/(^|\s)([a-z]{1,3}\d{1,2})(?=\s|$|[,;!?.)])/gi, "$1$2^1 ")
        .replace(/\b(stands? for|short for|abbreviations?|acronyms?|meaning)\b/gi, "$1 glossary^5");
      message = { ...message, data };
    }
    return post.call(this, message, ...rest);
  };
})();

// Material scores each part of a page (its introduction or one section) as lunr's score times
// 1 + (p + s)², where p is 1 for an introduction and s is the share of the query's words that the
// part holds, and lists the pages in the order of their best part. A part with one word of a
// question in its heading then outranked the part that holds all of them, and a page whose title
// names one term of a mixed query ("macie sse-c objects") outranked the page the whole query is
// about. Here the share counts three times, 1 + (p + 3s)², and each page's best part is weighed
// again by the share of the query's words found anywhere on the page (times 1 + share²). The
// results (Material's message type 3) are put in that order before Material shows them; which
// parts match, and the words it marks in them, stay Material's own. The answers reach Material
// through the stand-in Worker of overrides/partials/javascripts/start.html, which dispatches each
// one itself; a native Worker's messages would not pass through dispatchEvent.
(() => {
  const found = terms => Object.keys(terms).filter(term => terms[term]);
  const rescore = item => {
    const words = Object.keys(item.terms).length;
    const share = words ? found(item.terms).length / words : 0;
    const introduction = item.location.includes("#") ? 0 : 1;
    const score = item.score / (1 + (introduction + share) ** 2);
    return { ...item, score: score * (1 + (introduction + 3 * share) ** 2) };
  };
  const rank = groups => {
    const words = Math.max(0, ...groups.flat().map(item => Object.keys(item.terms).length));
    return groups
      .map(group => {
        const parts = group.map(rescore).sort((a, b) => b.score - a.score);
        const share = words ? new Set(parts.flatMap(item => found(item.terms))).size / words : 0;
        return { parts, score: parts[0].score * (1 + share ** 2) };
      })
      .sort((a, b) => b.score - a.score)
      .map(({ parts }) => parts);
  };
  const dispatch = Worker.prototype.dispatchEvent;
  Worker.prototype.dispatchEvent = function (event) {
    const message = event.type === "message" ? event.data : undefined;
    if (message?.type === 3 && Array.isArray(message.data?.items)) {
      const data = { ...message.data, items: rank(message.data.items) };
      event = new MessageEvent("message", { data: { ...message, data } });
    }
    return dispatch.call(this, event);
  };
})();

// On a narrow screen a wide table scrolls sideways inside Material's wrapper. Let such a wrapper
// take keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1; axe's
// "scrollable-region-focusable"). A ResizeObserver reports each wrapper's size after layout, so
// nothing here forces a layout while the page starts. document$ is Material's page-ready signal.
document$.subscribe(() => {
  const focusable = new ResizeObserver(entries => {
    for (const { target } of entries) {
      target.tabIndex = target.scrollWidth > target.clientWidth ? 0 : -1;
    }
  });
  for (const wrapper of document.querySelectorAll(".md-typeset__scrollwrap")) {
    focusable.observe(wrapper);
  }
});

// One tooltip for every abbreviation, in Material's tooltip style. Material's own tooltips
// (`content.tooltips`, off in mkdocs.yml) set up some twenty listeners for each element as the page
// starts, about 2 ms per element on a mid-range phone (1.3 s for the 600 abbreviations of the
// Practice page); this one follows the pointer through event delegation, so the page's start-up
// costs the same with six abbreviations or six hundred. A hover or a tap shows it; moving away, a
// tap elsewhere or Escape hides it. While it shows, the title moves aside so the browser does not
// show its own tooltip as well, and the abbreviation points to it with aria-describedby.
(() => {
  const tooltip = document.createElement("div");
  tooltip.className = "md-tooltip2 md-tooltip2--bottom";
  tooltip.id = "abbreviation-tooltip";
  tooltip.setAttribute("role", "tooltip");
  const inner = tooltip.appendChild(document.createElement("div"));
  inner.className = "md-tooltip2__inner md-typeset";
  let host = null;

  function show(abbreviation) {
    if (abbreviation === host) return;
    hide();
    host = abbreviation;
    inner.textContent = host.title;
    host.dataset.title = host.title;
    host.removeAttribute("title");
    host.setAttribute("aria-describedby", tooltip.id);
    document.body.append(tooltip);
    const box = host.getBoundingClientRect();
    tooltip.style.setProperty("--md-tooltip-host-x", `${box.left + scrollX}px`);
    tooltip.style.setProperty("--md-tooltip-host-y", `${box.top + scrollY}px`);
    tooltip.style.setProperty("--md-tooltip-x", `${box.width / 2}px`);
    tooltip.style.setProperty("--md-tooltip-y", `${box.height + 8}px`);
    tooltip.style.setProperty("--md-tooltip-width", `${inner.getBoundingClientRect().width}px`);
    tooltip.style.setProperty("--md-tooltip-tail", "0px");
    requestAnimationFrame(() => tooltip.classList.toggle("md-tooltip2--active", host !== null));
  }

  function hide() {
    if (host === null) return;
    host.title = host.dataset.title;
    host.removeAttribute("aria-describedby");
    tooltip.classList.remove("md-tooltip2--active");
    host = null;
  }

  const abbreviationAt = target => target instanceof Element ? target.closest("abbr") : null;
  document.addEventListener("pointerover", event => {
    const abbreviation = abbreviationAt(event.target);
    if (abbreviation) show(abbreviation);
  });
  document.addEventListener("pointerout", event => {
    if (event.pointerType !== "touch" && host && !host.contains(event.relatedTarget)) hide();
  });
  document.addEventListener("pointerdown", event => {
    if (host && abbreviationAt(event.target) !== host) hide();
  });
  document.addEventListener("keydown", event => {
    if (event.key === "Escape") hide();
  });
})();
