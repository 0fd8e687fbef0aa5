import { useEffect, useRef } from 'react';
import { setPageTitle } from '../appearance';

// The first heading of a visit is not focused: the page has only just loaded and the skip
// link should stay the first thing a keyboard reaches. Every later heading is focused, so
// screen reader users hear where they have arrived after each change of page.
let isFirstHeading = true;

interface PageHeadingProps {
  children: string;
}

/** The page's h1. It also sets the document title and takes focus after navigation. */
export function PageHeading({ children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setPageTitle(children);
  }, [children]);

  useEffect(() => {
    if (isFirstHeading) {
      isFirstHeading = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
