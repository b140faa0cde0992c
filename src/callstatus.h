#pragma once

#include <QMetaType>
#include <QString>

namespace cw {

// The lifecycle states a Dialgen call can be in. Unknown covers any status string the API page does
// not document: it is kept verbatim next to the enum (see CallSnapshot::statusText) and shown as is.
enum class CallStatus : quint8
{
    Unknown = 0,
    Scheduled,
    Ongoing,
    Completed,
    Missed,
    Failed,
};

// "SCHEDULED" -> Scheduled, case-insensitive, surrounding whitespace ignored; anything else -> Unknown.
CallStatus callStatusFromString(QStringView text);
// Canonical upper-case API spelling ("ONGOING"); "UNKNOWN" for Unknown.
QString callStatusToString(CallStatus status);
// COMPLETED, MISSED and FAILED end a call attempt. Unknown is not terminal (we keep asking).
bool isTerminal(CallStatus status);
// Position along SCHEDULED -> ONGOING -> {COMPLETED, MISSED, FAILED}: 0, 1, 2. Unknown: -1.
int lifecycleRank(CallStatus status);

} // namespace cw

Q_DECLARE_METATYPE(cw::CallStatus)
