import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { applyPageTitle } from "./usePageTitle";

/**
 * What a single-page app must do itself on every page change: keep the document title unique to the page (from
 * its h1, with "Error: " while an error summary shows), and move focus to the new page's h1 so keyboard and
 * screen reader users start at the top of the new page and hear its name. Not on the first load.
 */
export function usePageChange(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const main = document.getElementById("main-content");
    if (!main) return undefined;
    const observer = new MutationObserver(() => applyPageTitle(pathname));
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    applyPageTitle(pathname);
    if (first.current) {
      first.current = false;
      return () => observer.disconnect();
    }
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      const h1 = main.querySelector("h1");
      if (h1 || tries > 40) window.clearInterval(timer);
      if (h1 && !main.contains(document.activeElement === document.body ? null : document.activeElement)) {
        if (!h1.hasAttribute("tabindex")) h1.setAttribute("tabindex", "-1");
        h1.focus();
      }
    }, 50);
    return () => {
      observer.disconnect();
      window.clearInterval(timer);
    };
  }, [pathname]);
}
