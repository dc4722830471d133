import type { ReactNode } from "react";

/** The page's main landmark, target of the header's skip link. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
      {children}
    </main>
  );
}
