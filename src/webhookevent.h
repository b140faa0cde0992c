#pragma once

#include "callsnapshot.h"
#include "payloadparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cw {

// One event Dialgen pushed to the webhook receiver, parsed once at the edge (see the "Webhooks" section of
// dialgen-api.md). Four documented shapes:
//  - flat call:  {"event": "call.completed", callId, status, duration, contactId, summary, recordingUrl}
//  - nested call: {"success": true, "callData": {id, contactId, agentId, batchId, status, startTime,
//                  endTime, duration, phoneNumber, contactName, transcription, recordingUrl, summary,
//                  metricJson}, "metricSchema": {...}}  (an "event": "call.completed" beside it is allowed)
//  - {"event": "batch.completed", batchId, agentId, userId, statistics: {...}, timestamps: {...}}
//  - {"event": "batch.failed", batchId, agentId, error, code, timestamp}
struct WebhookEvent
{
    enum class Kind : quint8
    {
        Call,           // call: a CallSnapshot (any status: a non-terminal one follows the lifecycle rules)
        BatchCompleted, // statistics: the batch's final statistics
        BatchFailed,    // error / code / timestamp
    };
    enum class Shape : quint8
    {
        Flat,   // the event's fields at the top level
        Nested, // the call under "callData"
    };

    Kind kind = Kind::Call;
    Shape shape = Shape::Flat;
    QString name; // the "event" field as sent; empty for a nested call payload without one

    // Kind::Call. source is SnapshotSource::Webhook, receivedAt the time given to the parser, raw the
    // call object (the whole body for the flat shape, callData for the nested one).
    CallSnapshot call;
    QJsonObject metricSchema; // nested shape only; empty when not sent

    // Batch events (batchId also for calls of a batch: call.batchId).
    QString batchId;
    QString agentId;
    QString userId;
    // Kind::BatchCompleted: status "completed", the event's statistics and timestamps; `raw` is shaped
    // like a /batch/check-status body ({batchId, status, statistics, timestamps, agentId, userId}) so it
    // can be stored and read back with PayloadParser::parseBatchStatistics.
    BatchStatistics statistics;
    // Kind::BatchFailed.
    QString error;       // the "error" text; empty when not sent
    QString code;        // the "code" field (a string, or a number kept as text); empty when not sent
    QDateTime timestamp; // UTC; invalid when not sent

    QDateTime receivedAt; // UTC, as given to the parser
    QJsonObject raw;      // the whole body

    bool isCall() const { return kind == Kind::Call; }
    bool isBatch() const { return kind != Kind::Call; }
    // The call id for call events, the batch id for batch events.
    QString subjectId() const { return isCall() ? call.callId : batchId; }
};

// Event names with a meaning here: "call.completed", "batch.completed", "batch.failed".
QStringList knownWebhookEvents();

// Reads a webhook body (raw bytes as received). Strictness follows PayloadParser: ids are required,
// non-blank strings; every other documented field may be missing or null; a wrong JSON type, a number out
// of range or a bad timestamp is an error naming its field path ("callData.duration", "statistics.total").
// - A body that is not a JSON object, or not JSON at all: error with an empty field ("body: ...").
// - An unknown "event" name: error on field "event" listing the known ones.
// - No "event" and no "callData": error on field "event" (required field is missing).
// - A nested payload with "success": false: error on field "success" carrying the sender's message.
// - batch.completed requires batchId and a statistics object; batch.failed requires batchId.
ParseResult<WebhookEvent> parseWebhookEvent(const QByteArray &body, const QDateTime &receivedAt = {});
ParseResult<WebhookEvent> webhookEventFromObject(const QJsonObject &object, const QDateTime &receivedAt = {});

} // namespace cw

Q_DECLARE_METATYPE(cw::WebhookEvent)
