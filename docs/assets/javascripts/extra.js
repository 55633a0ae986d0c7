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
