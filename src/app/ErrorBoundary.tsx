import { Component, type ReactNode } from "react";
import { isOnline } from "../lib/network";
import { ErrorPage } from "./ErrorPage";

interface State {
  failed: boolean;
  /** The device was offline when it broke: most likely a part of the app could not be fetched. */
  offline: boolean;
}

/** Any render error ends on a friendly page with a way on, never on a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false, offline: false };

  static getDerivedStateFromError(): State {
    return { failed: true, offline: !isOnline() };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false, offline: false });
  }

  override render() {
    return this.state.failed ? <ErrorPage offline={this.state.offline} /> : this.props.children;
  }
}
