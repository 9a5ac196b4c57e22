import { SharePanel } from "../features/invite/SharePanel";
import MeetingPage from "../features/meeting/MeetingPage";

export { prefetchJitsiApi } from "../features/meeting/MeetingPage";

/**
 * A room: the call, with the invitation panel of the invite feature. Composed here because
 * features do not import each other; loaded as one chunk when someone enters a room.
 */
export default function MeetingRoute({ room }: { room: string }) {
  return <MeetingPage room={room} InvitePanel={SharePanel} />;
}
