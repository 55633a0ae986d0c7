// On a narrow screen a wide table scrolls sideways inside Material's wrapper. Let such a wrapper
// take keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1; axe's
// "scrollable-region-focusable"). document$ is Material's signal that a page is ready.
document$.subscribe(() => {
  for (const wrapper of document.querySelectorAll(".md-typeset__scrollwrap")) {
    if (wrapper.scrollWidth > wrapper.clientWidth) {
      wrapper.tabIndex = 0;
    }
  }
});
