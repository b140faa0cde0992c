#pragma once

#include "callsnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace cw {

// What went wrong while reading a payload. `field` names the offending JSON path ("status",
// "data.contact.phoneNumber", "calls[3].duration"); empty for a body that is not JSON at all.
struct ParseError
{
    QString field;
    QString message;          // plain English, e.g. "expected a string, got a number"
    QString toString() const; // "calls[3].duration: expected a number, got a string" / "body: ..."
};

template<typename T>
class ParseResult
{
public:
    ParseResult(T value)
        : m_data(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    ParseResult(ParseError error)
        : m_data(std::move(error))
    {} // NOLINT(google-explicit-constructor)
    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ParseError &error() const { return std::get<ParseError>(m_data); }

private:
    std::variant<T, ParseError> m_data;
};

// GET /api/v1/batch/check-status
struct BatchStatistics
{
    QString batchId;
    QString status; // lower case as sent: ingesting, scheduled, pending, processing, completed, cancelled
    QString priority;
    qint64 total = 0, processed = 0, succeeded = 0, failed = 0, pending = 0;
    double percentComplete = 0, successRate = 0;
    double callsPerSecond = 0;
    std::optional<qint64> estimatedTimeRemaining; // seconds
    qint64 elapsedTime = 0;                       // seconds
    QDateTime createdAt, startedAt, completedAt;
    QString agentId, userId;
    QJsonObject webhooks;
    QJsonObject raw;
};

// One element of GET /api/v1/batch/list
struct BatchSummary
{
    QString batchId;
    QString status;
    qint64 total = 0, processed = 0, succeeded = 0, failed = 0;
    double percentComplete = 0;
    QDateTime createdAt;
    QString agentId, priority;
};

// GET /api/v1/status/batch
struct BatchCalls
{
    QString batchId;
    QList<CallSnapshot> calls; // each with batchId filled in and source BatchStatus
};

// Error bodies are inconsistent ({error, code, message, details}, {error}, {message, callId}, plain text):
// this pulls out whatever is there. Never fails.
struct ServerErrorBody
{
    QString error;   // "error" field
    QString code;    // "code" field
    QString message; // "message" field, else "error", else the trimmed text of a non-JSON body (<= 300 chars)
    QString details; // "details" as compact text
};

// How strict the parsers are (decided against dialgen-api.md):
// - Required: the call id (callId / id) and status, as non-blank strings. Unknown status strings are kept
//   verbatim in statusText (status Unknown); statuses are matched case-insensitively.
// - Every other field may be missing or null (-> empty / invalid / nullopt). Unknown fields are ignored
//   and stay readable in `raw` (the call object itself: the batch element, `data`, `callData`).
// - Wrong JSON types are errors naming the field path. Numeric strings ("180") are NOT accepted where the
//   API documents a number: a string there means the payload is not what we think it is. Durations accept
//   any non-negative number (180.0 -> 180, fractions rounded to the nearest second); counts must be whole.
// - A timestamp string that is not ISO 8601 is an error (a wrong time is worse than none); "" means unknown.
// - recordingUrl: a string that is not an absolute http(s) URL (the docs' own "https://..." placeholder,
//   a relative path, javascript:) is left empty rather than failing the payload; it stays in `raw`.
// - One bad element fails the whole batch body, naming it ("calls[3].duration: ...").
// - A body that is empty, not JSON, truncated or nested too deeply is an error with an empty field
//   ("body: not valid JSON (unterminated object at offset 57)"); QJsonDocument bounds the nesting depth,
//   and nothing here recurses on the payload.
namespace PayloadParser {

// "a string", "a number", "null"...: how a JSON value is named in a ParseError message.
QString describeType(const QJsonValue &value);

// ISO 8601: with or without milliseconds (any number of fraction digits), with Z or a numeric offset
// (+02:00, +0200), or none (taken as UTC). Returns an invalid QDateTime for anything else, and for a time
// that falls outside the years 1-9999 once in UTC ("9999-12-31T23:30:00-01:00"). Result in UTC.
QDateTime parseTimestamp(QStringView text);

ParseResult<CallSnapshot> parseLiveStatus(const QByteArray &body);
// Accepts both the wrapped {success, data: {...}} and the older flat shape.
ParseResult<CallSnapshot> parsePersistentStatus(const QByteArray &body);
ParseResult<BatchCalls> parseBatchStatus(const QByteArray &body);
ParseResult<BatchStatistics> parseBatchStatistics(const QByteArray &body);
ParseResult<QList<BatchSummary>> parseBatchList(const QByteArray &body);
// {success, callData: {...}, metricSchema}
ParseResult<CallSnapshot> parseCallMetrics(const QByteArray &body);
ServerErrorBody parseErrorBody(const QByteArray &body);

// Object-level entry points (used by the above, by batch elements and by the webhook receiver later).
// `path` prefixes field names in errors ("calls[3]").
// liveCallFromObject also reads the optional fields CallSnapshot::toJson writes (endTime, contactName, agent,
// direction, summary, transcript, metrics), so it reads the flat webhook shape and round-trips toJson().
// persistentCallFromObject accepts the wrapped {success, data} object as well as the flat one;
// callDataFromObject accepts {success, callData} as well as callData itself (source: Metrics; the webhook
// receiver restamps it). A `success: false` wrapper is an error carrying the server's message.
ParseResult<CallSnapshot> liveCallFromObject(const QJsonObject &object, const QString &path = {});
ParseResult<CallSnapshot> persistentCallFromObject(const QJsonObject &object, const QString &path = {});
ParseResult<CallSnapshot> callDataFromObject(const QJsonObject &object, const QString &path = {});

} // namespace PayloadParser

} // namespace cw
