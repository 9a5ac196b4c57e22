import type { ParseKeys } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A section with a heading whose id other pages can link to (/hilfe#kamera). */
export function Section({
  id,
  title,
  level = 2,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={level === 2 ? "info-section" : "info-subsection"}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}

/** The namespaces of the legal and help pages. */
export type PageNamespace = "easy" | "help" | "legal";

/** A key of a list of texts (or of a single text) in the namespace's German file. */
export type TextKey<N extends PageNamespace> = ParseKeys<N, { returnObjects: true }>;

/** Namespace and key of a list of texts in the locale file, checked against each other by tsc. */
export type TextsRef = { [N in PageNamespace]: { ns: N; textKey: TextKey<N> } }[PageNamespace];

type TextsProps = TextsRef & {
  values?: Record<string, unknown>;
  /** A fixed language, for pages that are German whatever the visitor chose. */
  lng?: string;
};

function useTexts({ ns, textKey, values, lng }: TextsProps): string[] {
  const { t } = useTranslation(ns, lng ? { lng } : undefined);
  // The props tie the key to its namespace; t over the union of namespaces cannot see that pairing.
  const value: unknown = t(textKey as never, { ...values, returnObjects: true });
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

export function Paragraphs(props: TextsProps) {
  return useTexts(props).map((text) => <p key={text}>{text}</p>);
}

export function List({ ordered = false, ...props }: TextsProps & { ordered?: boolean }) {
  const items = useTexts(props).map((text) => <li key={text}>{text}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
