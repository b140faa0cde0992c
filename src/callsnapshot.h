#pragma once

#include "callstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace cw {

// Where a snapshot came from. Every parser stamps the source it was built from.
enum class SnapshotSource : quint8
{
    LiveStatus,       // GET /api/v1/status/call
    PersistentStatus, // GET /api/v1/call/check-status
    BatchStatus,      // one element of GET /api/v1/status/batch
    Webhook,          // pushed by Dialgen
    Metrics,          // GET /api/v1/call/get-metric
};

QString snapshotSourceName(SnapshotSource source); // "live", "persistent", "batch", "webhook", "metrics"

struct TranscriptLine
{
    QString role; // "assistant" | "user" | anything else the API sends
    QString content;
    friend bool operator==(const TranscriptLine &, const TranscriptLine &) = default;
};

// The one normalized view of a call, whatever payload shape it was parsed from. Fields the payload did
// not carry stay empty / invalid / nullopt: "unknown", never a made-up default.
struct CallSnapshot
{
    QString callId; // live: callId; persistent: id; webhook nested: callData.id
    CallStatus status = CallStatus::Unknown;
    QString statusText;  // the status string exactly as received (kept for unknown ones)
    QDateTime startTime; // UTC; invalid when unknown (persistent: createdAt)
    QDateTime endTime;   // UTC; persistent: endedAt, metrics/webhook: endTime
    QString phoneNumber; // persistent: contact.phoneNumber
    QString contactId;
    QString contactName; // persistent: contact.name; metrics: contactName
    QString batchId;
    QString agent;                  // persistent: agent (a name); metrics/webhook: agentId
    QString direction;              // persistent: OUTBOUND | INBOUND
    QString error;                  // raw error field: a code (BUSY) or prose
    std::optional<qint64> duration; // seconds
    QUrl recordingUrl;
    QList<TranscriptLine> transcript;
    QString summary;
    QJsonObject metrics; // metricJson
    SnapshotSource source = SnapshotSource::LiveStatus;
    QDateTime receivedAt; // when we parsed it (UTC); set by the caller
    QJsonObject raw;      // the payload object the snapshot was built from

    bool isTerminal() const { return cw::isTerminal(status); }

    // One JSON object with the live endpoint's field names (callId, status, startTime, phoneNumber,
    // contactId, batchId, error, duration, recordingUrl; null where unknown), plus any further fields
    // known: endTime, contactName, agent, direction, summary, transcript [{role, content}], metrics.
    // status is statusText when set (so unknown statuses survive), else the canonical name.
    // Timestamps are ISO 8601 UTC with milliseconds ("2025-11-15T14:30:01.123Z").
    QJsonObject toJson() const;

    // Copies into *this every field that `newer` knows and *this does not, and every field where
    // `newer` has a value (newer wins). Used when a lighter payload (batch element) updates a call that a
    // richer one (persistent, webhook) described before: nothing already known is lost.
    // One exception: when `newer` reports a different status, the fields describing one outcome (error,
    // duration, endTime, recordingUrl) are taken from `newer` even when it leaves them empty, so a retried
    // call (FAILED "BUSY" -> SCHEDULED) does not keep showing the previous attempt's error or duration.
    // source, receivedAt and raw follow `newer` (raw only when `newer` has one).
    void mergeFrom(const CallSnapshot &newer);

    // True when both describe the call the same way: every field but source, receivedAt and raw (the raw
    // payload mostly differs only in what was parsed into the fields compared here). Keep in step with
    // the fields above.
    bool sameContent(const CallSnapshot &other) const;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::CallSnapshot)
