#pragma once

#include "callsnapshot.h"

namespace cw {

// How an incoming snapshot relates to what we already know about the call.
enum class UpdateDecision : quint8
{
    Accept,     // same attempt, same or later lifecycle position: apply it
    NewAttempt, // Dialgen dialled again (newer startTime): apply it, it starts a new attempt
    Stale,      // an older answer (earlier lifecycle position of the same attempt): ignore it
};

// A call only moves forward along SCHEDULED -> ONGOING -> COMPLETED/MISSED/FAILED within one attempt:
// a late or cached answer never takes a COMPLETED call back to ONGOING, whichever source (poll, webhook)
// said it ended. A startTime at least one second newer is a new attempt (batches retry BUSY / NO_ANSWER,
// minutes later); starts less than a second apart are the same attempt told with different precision
// (with and without milliseconds). Unknown statuses are accepted (shown as sent) unless
// the call already reached a final state in the same attempt.
UpdateDecision decideUpdate(const CallSnapshot &current, const CallSnapshot &incoming);

} // namespace cw
