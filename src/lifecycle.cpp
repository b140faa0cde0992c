#include "lifecycle.h"

namespace cw {

namespace {
// One attempt's start, as told by different sources, may differ in precision: the live endpoint sends
// milliseconds, a webhook or another endpoint may not. Starts closer than this are the same start. A
// redial comes minutes later (busyDelay, noAnswerDelay), far beyond it.
constexpr qint64 kSameStartToleranceMs = 1000;
} // namespace

UpdateDecision decideUpdate(const CallSnapshot &current, const CallSnapshot &incoming)
{
    if (current.statusText.isEmpty() && current.status == CallStatus::Unknown)
        return UpdateDecision::Accept; // nothing known yet

    const bool bothStarted = current.startTime.isValid() && incoming.startTime.isValid();
    const int currentRank = lifecycleRank(current.status);
    const int incomingRank = lifecycleRank(incoming.status);
    const qint64 startShiftMs = bothStarted ? current.startTime.msecsTo(incoming.startTime) : 0;
    if (startShiftMs >= kSameStartToleranceMs) {
        // After an end, or when the lifecycle restarts, a later start is a new dial of the same call
        // (we may have missed the end of the previous attempt between two polls).
        if (current.isTerminal() || (incomingRank >= 0 && incomingRank < currentRank))
            return UpdateDecision::NewAttempt;
        return UpdateDecision::Accept; // the same attempt, its start refined
    }
    // A SCHEDULED call's startTime is only the planned dial time: when the call is dialled early the
    // real start is earlier. For a call that really started, an earlier start is an older attempt.
    if (startShiftMs <= -kSameStartToleranceMs && current.status != CallStatus::Scheduled)
        return UpdateDecision::Stale;

    if (incoming.status == CallStatus::Unknown)
        return current.isTerminal() ? UpdateDecision::Stale : UpdateDecision::Accept;
    if (current.status == CallStatus::Unknown)
        return UpdateDecision::Accept;
    if (incomingRank < currentRank)
        return UpdateDecision::Stale;
    // Two different final states for the same attempt: the first one we saw stands unless the newer
    // answer is from an authoritative source with a later timestamp; keep it simple and accept the newer.
    return UpdateDecision::Accept;
}

} // namespace cw
