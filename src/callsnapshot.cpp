#include "callsnapshot.h"

#include <QJsonArray>
#include <QJsonValue>

namespace cw {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// ISO 8601 in UTC with milliseconds and 'Z', the API's own spelling. Formatted by hand so the result does
// not depend on how the QDateTime stores its zone (Qt::UTC, a UTC QTimeZone, an offset).
QJsonValue timestampOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
}

bool hasStatus(const CallSnapshot &snapshot)
{
    return snapshot.status != CallStatus::Unknown || !snapshot.statusText.isEmpty();
}

bool sameStatus(const CallSnapshot &a, const CallSnapshot &b)
{
    if (a.status != b.status)
        return false;
    if (a.status != CallStatus::Unknown)
        return true;
    return QStringView(a.statusText)
               .trimmed()
               .compare(QStringView(b.statusText).trimmed(), Qt::CaseInsensitive) == 0;
}

template<typename T>
void takeIfSet(T &target, const T &source)
{
    if (!source.isEmpty())
        target = source;
}

void takeIfValid(QDateTime &target, const QDateTime &source)
{
    if (source.isValid())
        target = source;
}

} // namespace

QString snapshotSourceName(SnapshotSource source)
{
    switch (source) {
    case SnapshotSource::LiveStatus:
        return QStringLiteral("live");
    case SnapshotSource::PersistentStatus:
        return QStringLiteral("persistent");
    case SnapshotSource::BatchStatus:
        return QStringLiteral("batch");
    case SnapshotSource::Webhook:
        return QStringLiteral("webhook");
    case SnapshotSource::Metrics:
        return QStringLiteral("metrics");
    }
    return QStringLiteral("unknown");
}

QJsonObject CallSnapshot::toJson() const
{
    QJsonObject json;
    // The live endpoint's fields, always present, null where unknown.
    json.insert(QLatin1String("callId"), stringOrNull(callId));
    json.insert(QLatin1String("status"), statusText.isEmpty() ? callStatusToString(status) : statusText);
    json.insert(QLatin1String("startTime"), timestampOrNull(startTime));
    json.insert(QLatin1String("phoneNumber"), stringOrNull(phoneNumber));
    json.insert(QLatin1String("contactId"), stringOrNull(contactId));
    json.insert(QLatin1String("batchId"), stringOrNull(batchId));
    json.insert(QLatin1String("error"), stringOrNull(error));
    json.insert(QLatin1String("duration"), duration ? QJsonValue(*duration) : QJsonValue(QJsonValue::Null));
    json.insert(QLatin1String("recordingUrl"), recordingUrl.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(recordingUrl.toString(QUrl::FullyEncoded)));

    // Further fields, only when known.
    if (endTime.isValid())
        json.insert(QLatin1String("endTime"), timestampOrNull(endTime));
    if (!contactName.isEmpty())
        json.insert(QLatin1String("contactName"), contactName);
    if (!agent.isEmpty())
        json.insert(QLatin1String("agent"), agent);
    if (!direction.isEmpty())
        json.insert(QLatin1String("direction"), direction);
    if (!summary.isEmpty())
        json.insert(QLatin1String("summary"), summary);
    if (!transcript.isEmpty()) {
        QJsonArray lines;
        for (const TranscriptLine &line : transcript) {
            QJsonObject entry;
            entry.insert(QLatin1String("role"), line.role);
            entry.insert(QLatin1String("content"), line.content);
            lines.append(entry);
        }
        json.insert(QLatin1String("transcript"), lines);
    }
    if (!metrics.isEmpty())
        json.insert(QLatin1String("metrics"), metrics);
    return json;
}

void CallSnapshot::mergeFrom(const CallSnapshot &newer)
{
    if (hasStatus(newer)) {
        if (!sameStatus(*this, newer)) {
            // A new status starts a new outcome: what described the previous one (a BUSY error, the
            // duration and recording of an earlier attempt) must not be shown under the new status.
            error = newer.error;
            duration = newer.duration;
            endTime = newer.endTime;
            recordingUrl = newer.recordingUrl;
        }
        status = newer.status;
        statusText = newer.statusText;
    }

    takeIfSet(callId, newer.callId);
    takeIfValid(startTime, newer.startTime);
    takeIfValid(endTime, newer.endTime);
    takeIfSet(phoneNumber, newer.phoneNumber);
    takeIfSet(contactId, newer.contactId);
    takeIfSet(contactName, newer.contactName);
    takeIfSet(batchId, newer.batchId);
    takeIfSet(agent, newer.agent);
    takeIfSet(direction, newer.direction);
    takeIfSet(error, newer.error);
    if (newer.duration)
        duration = newer.duration;
    takeIfSet(recordingUrl, newer.recordingUrl);
    takeIfSet(transcript, newer.transcript);
    takeIfSet(summary, newer.summary);
    takeIfSet(metrics, newer.metrics);
    source = newer.source;
    takeIfValid(receivedAt, newer.receivedAt);
    takeIfSet(raw, newer.raw);
}

bool CallSnapshot::sameContent(const CallSnapshot &other) const
{
    return status == other.status && statusText == other.statusText && startTime == other.startTime &&
           endTime == other.endTime && duration == other.duration && error == other.error &&
           callId == other.callId && batchId == other.batchId && phoneNumber == other.phoneNumber &&
           contactId == other.contactId && contactName == other.contactName && agent == other.agent &&
           direction == other.direction && recordingUrl == other.recordingUrl && summary == other.summary &&
           transcript == other.transcript && metrics == other.metrics;
}

} // namespace cw
