#include "webhookevent.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace cw {

namespace {

const QLatin1String kCallCompleted("call.completed");
const QLatin1String kBatchCompleted("batch.completed");
const QLatin1String kBatchFailed("batch.failed");

using PayloadParser::describeType;

ParseError missing(QLatin1String key)
{
    return ParseError{QString(key), QStringLiteral("required field is missing")};
}

// A non-blank string that must be there.
std::optional<ParseError> requiredString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return missing(key);
    if (value.isNull())
        return ParseError{QString(key), QStringLiteral("required field is null")};
    if (!value.isString())
        return ParseError{QString(key), QLatin1String("expected a string, got ") + describeType(value)};
    if (QStringView(value.toString()).trimmed().isEmpty())
        return ParseError{QString(key), QStringLiteral("must not be empty")};
    *out = value.toString();
    return std::nullopt;
}

// A string, null or absent (-> empty).
std::optional<ParseError> optionalString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return ParseError{QString(key), QLatin1String("expected a string, got ") + describeType(value)};
    *out = value.toString();
    return std::nullopt;
}

// A label the docs do not type (an error code): a string or a number, kept as text.
std::optional<ParseError> stringOrNumber(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString()) {
        *out = value.toString();
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
            *out = QString::number(static_cast<qint64>(number));
        else
            *out = QString::number(number, 'g', 12);
        return std::nullopt;
    }
    return ParseError{QString(key),
                      QLatin1String("expected a string or a number, got ") + describeType(value)};
}

// An object, null or absent (-> nullopt).
std::optional<ParseError> optionalObject(const QJsonObject &object, QLatin1String key,
                                         std::optional<QJsonObject> *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return ParseError{QString(key), QLatin1String("expected an object, got ") + describeType(value)};
    *out = value.toObject();
    return std::nullopt;
}

ParseResult<WebhookEvent> flatCall(const QJsonObject &object, WebhookEvent event)
{
    ParseResult<CallSnapshot> call = PayloadParser::liveCallFromObject(object);
    if (!call)
        return call.error();
    event.shape = WebhookEvent::Shape::Flat;
    event.call = std::move(call.value());
    event.batchId = event.call.batchId;
    return event;
}

ParseResult<WebhookEvent> nestedCall(const QJsonObject &object, WebhookEvent event)
{
    // Called only when callData is there (callDataFromObject reports null / wrong types / success false).
    const QJsonValue success = object.value(QLatin1String("success"));
    if (!success.isUndefined() && !success.isNull() && !success.isBool())
        return ParseError{QStringLiteral("success"),
                          QLatin1String("expected a boolean, got ") + describeType(success)};
    ParseResult<CallSnapshot> call = PayloadParser::callDataFromObject(object);
    if (!call)
        return call.error();
    std::optional<QJsonObject> schema;
    if (std::optional<ParseError> failure = optionalObject(object, QLatin1String("metricSchema"), &schema))
        return *failure;
    event.shape = WebhookEvent::Shape::Nested;
    event.call = std::move(call.value());
    event.metricSchema = schema.value_or(QJsonObject());
    event.agentId = event.call.agent;
    event.batchId = event.call.batchId;
    return event;
}

ParseResult<WebhookEvent> batchCompleted(const QJsonObject &object, WebhookEvent event)
{
    if (std::optional<ParseError> failure = requiredString(object, QLatin1String("batchId"), &event.batchId))
        return *failure;
    const QJsonValue statistics = object.value(QLatin1String("statistics"));
    if (statistics.isUndefined())
        return missing(QLatin1String("statistics"));
    if (statistics.isNull())
        return ParseError{QStringLiteral("statistics"), QStringLiteral("required field is null")};
    if (!statistics.isObject())
        return ParseError{QStringLiteral("statistics"),
                          QLatin1String("expected an object, got ") + describeType(statistics)};
    // Shaped like a /batch/check-status body, so the statistics are read (and later restored) by the same
    // parser as polled ones; the keys keep their places, so error paths name the event's own fields.
    QJsonObject shaped;
    shaped.insert(QLatin1String("batchId"), event.batchId);
    shaped.insert(QLatin1String("status"), QStringLiteral("completed"));
    for (const QLatin1String key :
         {QLatin1String("statistics"), QLatin1String("timestamps"), QLatin1String("performance"),
          QLatin1String("agentId"), QLatin1String("userId"), QLatin1String("priority")}) {
        if (object.contains(key))
            shaped.insert(key, object.value(key));
    }
    ParseResult<BatchStatistics> parsed =
        PayloadParser::parseBatchStatistics(QJsonDocument(shaped).toJson(QJsonDocument::Compact));
    if (!parsed)
        return parsed.error();
    event.statistics = std::move(parsed.value());
    event.agentId = event.statistics.agentId;
    event.userId = event.statistics.userId;
    return event;
}

ParseResult<WebhookEvent> batchFailed(const QJsonObject &object, WebhookEvent event)
{
    if (std::optional<ParseError> failure = requiredString(object, QLatin1String("batchId"), &event.batchId))
        return *failure;
    if (std::optional<ParseError> failure = optionalString(object, QLatin1String("agentId"), &event.agentId))
        return *failure;
    if (std::optional<ParseError> failure = optionalString(object, QLatin1String("userId"), &event.userId))
        return *failure;
    if (std::optional<ParseError> failure = optionalString(object, QLatin1String("error"), &event.error))
        return *failure;
    if (std::optional<ParseError> failure = stringOrNumber(object, QLatin1String("code"), &event.code))
        return *failure;
    QString timestamp;
    if (std::optional<ParseError> failure = optionalString(object, QLatin1String("timestamp"), &timestamp))
        return *failure;
    if (!QStringView(timestamp).trimmed().isEmpty()) {
        event.timestamp = PayloadParser::parseTimestamp(timestamp);
        if (!event.timestamp.isValid()) {
            return ParseError{QStringLiteral("timestamp"), QLatin1String("not an ISO 8601 timestamp: \"") +
                                                               timestamp.left(40) + QLatin1Char('"')};
        }
    }
    return event;
}

} // namespace

QStringList knownWebhookEvents()
{
    return {QString(kCallCompleted), QString(kBatchCompleted), QString(kBatchFailed)};
}

ParseResult<WebhookEvent> webhookEventFromObject(const QJsonObject &object, const QDateTime &receivedAt)
{
    WebhookEvent event;
    event.raw = object;
    event.receivedAt = receivedAt.isValid() ? receivedAt.toUTC() : QDateTime();

    const QJsonValue name = object.value(QLatin1String("event"));
    ParseResult<WebhookEvent> result = ParseError{};
    if (name.isUndefined() || name.isNull()) {
        // Only the nested call payload comes without an event name.
        if (!object.contains(QLatin1String("callData"))) {
            return ParseError{QStringLiteral("event"),
                              QStringLiteral("required field is missing (and there is no callData)")};
        }
        result = nestedCall(object, std::move(event));
    } else if (!name.isString()) {
        return ParseError{QStringLiteral("event"),
                          QLatin1String("expected a string, got ") + describeType(name)};
    } else {
        event.name = name.toString();
        if (event.name == kCallCompleted) {
            event.kind = WebhookEvent::Kind::Call;
            result = object.contains(QLatin1String("callData")) ? nestedCall(object, std::move(event))
                                                                : flatCall(object, std::move(event));
        } else if (event.name == kBatchCompleted) {
            event.kind = WebhookEvent::Kind::BatchCompleted;
            result = batchCompleted(object, std::move(event));
        } else if (event.name == kBatchFailed) {
            event.kind = WebhookEvent::Kind::BatchFailed;
            result = batchFailed(object, std::move(event));
        } else {
            QString shown = event.name.left(60);
            if (shown.size() < event.name.size())
                shown += QChar(0x2026);
            return ParseError{QStringLiteral("event"),
                              QLatin1String("unknown event \"") + shown + QLatin1String("\" (known: ") +
                                  knownWebhookEvents().join(QLatin1String(", ")) + QLatin1Char(')')};
        }
    }
    if (!result)
        return result;
    WebhookEvent &parsed = result.value();
    if (parsed.isCall()) {
        parsed.call.source = SnapshotSource::Webhook;
        parsed.call.receivedAt = parsed.receivedAt;
    }
    return result;
}

ParseResult<WebhookEvent> parseWebhookEvent(const QByteArray &body, const QDateTime &receivedAt)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return ParseError{QString(), QStringLiteral("empty body")};
    // Said the same way whatever the Qt version makes of a bare scalar ("42", "null").
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return ParseError{QString(), QStringLiteral("expected a JSON object")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ParseError{
            QString(),
            QStringLiteral("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)};
    }
    if (!document.isObject()) {
        return ParseError{QString(), document.isArray()
                                         ? QStringLiteral("expected a JSON object, got an array")
                                         : QStringLiteral("expected a JSON object")};
    }
    return webhookEventFromObject(document.object(), receivedAt);
}

} // namespace cw
