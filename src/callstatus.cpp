#include "callstatus.h"

#include <QLatin1String>

namespace cw {

namespace {

struct StatusName
{
    CallStatus status;
    QLatin1String name;
};

constexpr StatusName kStatusNames[] = {
    {CallStatus::Scheduled, QLatin1String("SCHEDULED")}, {CallStatus::Ongoing, QLatin1String("ONGOING")},
    {CallStatus::Completed, QLatin1String("COMPLETED")}, {CallStatus::Missed, QLatin1String("MISSED")},
    {CallStatus::Failed, QLatin1String("FAILED")},
};

} // namespace

CallStatus callStatusFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const StatusName &entry : kStatusNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return CallStatus::Unknown;
}

QString callStatusToString(CallStatus status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return QString(entry.name);
    }
    return QStringLiteral("UNKNOWN");
}

bool isTerminal(CallStatus status)
{
    switch (status) {
    case CallStatus::Completed:
    case CallStatus::Missed:
    case CallStatus::Failed:
        return true;
    case CallStatus::Unknown:
    case CallStatus::Scheduled:
    case CallStatus::Ongoing:
        break;
    }
    return false;
}

int lifecycleRank(CallStatus status)
{
    switch (status) {
    case CallStatus::Scheduled:
        return 0;
    case CallStatus::Ongoing:
        return 1;
    case CallStatus::Completed:
    case CallStatus::Missed:
    case CallStatus::Failed:
        return 2;
    case CallStatus::Unknown:
        break;
    }
    return -1;
}

} // namespace cw
