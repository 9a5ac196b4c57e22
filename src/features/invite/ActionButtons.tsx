import { copyText } from "../../lib/clipboard";
import { canShare, type SharePayload, share } from "../../lib/share";

interface CopyProps {
  text: string;
  label: string;
  onResult: (copied: boolean) => void;
  primary?: boolean;
}

export function CopyButton({ text, label, onResult, primary = false }: CopyProps) {
  return (
    <button
      type="button"
      className={`button ${primary ? "button-primary" : "button-secondary"}`}
      onClick={async () => onResult(await copyText(text))}
    >
      {label}
    </button>
  );
}

interface ShareProps {
  payload: SharePayload;
  label: string;
  /** Only a real failure: closing the share sheet is the person's choice. */
  onFailure: () => void;
}

/** The system's share sheet; rendered only where the browser has one. */
export function ShareButton({ payload, label, onFailure }: ShareProps) {
  if (!canShare(payload)) return null;
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={async () => {
        if ((await share(payload)) === "failed") onFailure();
      }}
    >
      {label}
    </button>
  );
}
