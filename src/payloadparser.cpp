#include "payloadparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <utility>

namespace cw {

QString ParseError::toString() const
{
    return (field.isEmpty() ? QStringLiteral("body") : field) + QLatin1String(": ") + message;
}

QString PayloadParser::describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

namespace {

// Whole numbers beyond 2^53 cannot be told apart in a double: treat them as out of range.
constexpr double kMaxExactInteger = 9007199254740992.0;
// Cap on the server text we keep from an error body, and on its "details".
constexpr qsizetype kMaxMessageLength = 300;
constexpr qsizetype kMaxDetailsLength = 2000;

using PayloadParser::describeType;

QString childPath(const QString &path, QLatin1String key)
{
    if (path.isEmpty())
        return QString(key);
    return path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString formatNumber(double number)
{
    return QString::number(number, 'g', 12);
}

QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 60;
    if (text.size() <= kMax)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMax) + QChar(0x2026) + QLatin1Char('"');
}

// One line of readable text: control characters dropped, whitespace runs collapsed, capped in length.
QString oneLine(const QString &text, qsizetype maxLength)
{
    QString cleaned;
    cleaned.reserve(qMin(text.size(), maxLength * 2));
    for (const QChar c : text) {
        if (c.isSpace())
            cleaned.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            cleaned.append(c);
        if (cleaned.size() > maxLength * 2)
            break;
    }
    cleaned = cleaned.simplified();
    if (cleaned.size() > maxLength) {
        cleaned.truncate(maxLength - 1);
        cleaned.append(QChar(0x2026));
    }
    return cleaned;
}

QString compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Reads typed fields out of one JSON object. The first problem is remembered with its full field path;
// every later read is then a no-op returning an empty value, so parsers read straight through and check
// failed() once at the end.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    const QString &path() const { return m_path; }
    bool failed() const { return m_error.has_value(); }
    ParseError error() const { return m_error.value_or(ParseError{}); }
    bool contains(QLatin1String key) const { return m_object.contains(key); }

    void fail(QLatin1String key, const QString &message) { failAt(childPath(m_path, key), message); }
    void failAt(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = ParseError{field, message};
    }
    // Takes over the first error of a reader for a nested object.
    void absorb(const Reader &child)
    {
        if (child.m_error)
            failAt(child.m_error->field, child.m_error->message);
    }

    // A string that must be there and must not be blank (ids, status).
    QString requiredString(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            fail(key, QStringLiteral("required field is missing"));
            return {};
        }
        if (value.isNull()) {
            fail(key, QStringLiteral("required field is null"));
            return {};
        }
        if (!value.isString()) {
            fail(key, QLatin1String("expected a string, got ") + describeType(value));
            return {};
        }
        QString text = value.toString();
        if (QStringView(text).trimmed().isEmpty()) {
            fail(key, QStringLiteral("must not be empty"));
            return {};
        }
        return text;
    }

    // A string, null or absent (-> empty).
    QString optionalString(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(key, QLatin1String("expected a string, got ") + describeType(value));
            return {};
        }
        return value.toString();
    }

    // Free-form labels the docs do not type (priority): a string or a number, kept as text.
    QString stringOrNumber(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return formatNumber(value.toDouble());
        fail(key, QLatin1String("expected a string or a number, got ") + describeType(value));
        return {};
    }

    QDateTime timestamp(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(key, QLatin1String("expected a string, got ") + describeType(value));
            return {};
        }
        const QString text = value.toString();
        if (QStringView(text).trimmed().isEmpty())
            return {};
        QDateTime time = PayloadParser::parseTimestamp(text);
        if (!time.isValid())
            fail(key, QLatin1String("not an ISO 8601 timestamp: ") + quoted(text));
        return time;
    }

    // A duration in seconds: a non-negative JSON number; fractions are rounded to the nearest second.
    // Numeric strings ("180") are rejected: the API documents a number, and a string there means the
    // payload is not what we think it is.
    std::optional<qint64> seconds(QLatin1String key)
    {
        if (failed())
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            fail(key, QLatin1String("expected a number, got ") + describeType(value));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (number < 0) {
            fail(key, QLatin1String("expected a non-negative number, got ") + formatNumber(number));
            return std::nullopt;
        }
        if (!(number <= kMaxExactInteger)) {
            fail(key, QLatin1String("number out of range: ") + formatNumber(number));
            return std::nullopt;
        }
        return static_cast<qint64>(std::llround(number));
    }

    // A count: a whole, non-negative JSON number; null or absent -> 0.
    qint64 count(QLatin1String key)
    {
        if (failed())
            return 0;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        if (!value.isDouble()) {
            fail(key, QLatin1String("expected a number, got ") + describeType(value));
            return 0;
        }
        const double number = value.toDouble();
        if (number < 0) {
            fail(key, QLatin1String("expected a non-negative number, got ") + formatNumber(number));
            return 0;
        }
        if (!(number <= kMaxExactInteger)) {
            fail(key, QLatin1String("number out of range: ") + formatNumber(number));
            return 0;
        }
        if (std::floor(number) != number) {
            fail(key, QLatin1String("expected a whole number, got ") + formatNumber(number));
            return 0;
        }
        return static_cast<qint64>(number);
    }

    // Any JSON number (rates, percentages); null or absent -> 0.
    double number(QLatin1String key)
    {
        if (failed())
            return 0;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        if (!value.isDouble()) {
            fail(key, QLatin1String("expected a number, got ") + describeType(value));
            return 0;
        }
        return value.toDouble();
    }

    // An absolute http(s) URL; null, absent or "" -> empty. A string that is not a usable http(s) URL (the
    // docs' own placeholder "https://...", a relative path, another scheme) is not an error, but it is not
    // handed to the UI as a link either: it stays empty here and readable in `raw`.
    QUrl url(QLatin1String key)
    {
        const QString text = optionalString(key).trimmed();
        if (failed() || text.isEmpty())
            return {};
        QUrl url(text, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return {};
        return url;
    }

    // A nested object; nullopt when null or absent.
    std::optional<QJsonObject> object(QLatin1String key)
    {
        if (failed())
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            fail(key, QLatin1String("expected an object, got ") + describeType(value));
            return std::nullopt;
        }
        return value.toObject();
    }

    // [{role, content}, ...]; a plain string is taken as one line without a role.
    QList<TranscriptLine> transcript(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString()) {
            const QString text = value.toString();
            if (text.trimmed().isEmpty())
                return {};
            return {TranscriptLine{QString(), text}};
        }
        if (!value.isArray()) {
            fail(key, QLatin1String("expected an array, got ") + describeType(value));
            return {};
        }
        const QJsonArray array = value.toArray();
        QList<TranscriptLine> lines;
        lines.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                failAt(indexPath(childPath(m_path, key), i),
                       QLatin1String("expected an object, got ") + describeType(element));
                return {};
            }
            Reader line(element.toObject(), indexPath(childPath(m_path, key), i));
            TranscriptLine parsed{line.optionalString(QLatin1String("role")),
                                  line.optionalString(QLatin1String("content"))};
            if (line.failed()) {
                absorb(line);
                return {};
            }
            lines.append(std::move(parsed));
        }
        return lines;
    }

    // metricJson: an object, or a string holding a JSON object (the name suggests stored JSON text).
    QJsonObject metrics(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isObject())
            return value.toObject();
        if (value.isString()) {
            const QString text = value.toString();
            if (text.trimmed().isEmpty())
                return {};
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && document.isObject())
                return document.object();
            fail(key, QStringLiteral("expected an object, got a string that does not hold a JSON object"));
            return {};
        }
        fail(key, QLatin1String("expected an object, got ") + describeType(value));
        return {};
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
};

bool isBlank(const QByteArray &body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

ParseResult<QJsonDocument> parseDocument(const QByteArray &body)
{
    if (isBlank(body))
        return ParseError{QString(), QStringLiteral("empty response")};
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ParseError{
            QString(),
            QStringLiteral("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)};
    }
    return document;
}

ParseResult<QJsonObject> parseObjectBody(const QByteArray &body)
{
    ParseResult<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document.value().isObject()) {
        return ParseError{QString(), document.value().isArray()
                                         ? QStringLiteral("expected a JSON object, got an array")
                                         : QStringLiteral("expected a JSON object")};
    }
    return document.value().object();
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : compactJson(value);
}

ServerErrorBody errorFromObject(const QJsonObject &object)
{
    ServerErrorBody result;
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject()) {
        // {"error": {"code": ..., "message": ...}}: a common shape elsewhere, cheap to accept.
        const QJsonObject nested = error.toObject();
        result.code = textOf(nested.value(QLatin1String("code")));
        result.message = textOf(nested.value(QLatin1String("message")));
        result.error = result.message;
    } else {
        result.error = textOf(error);
    }
    if (object.contains(QLatin1String("code")))
        result.code = textOf(object.value(QLatin1String("code")));
    const QString message = textOf(object.value(QLatin1String("message")));
    if (!message.trimmed().isEmpty())
        result.message = message;
    if (result.message.trimmed().isEmpty())
        result.message = result.error;
    // RFC 7807 problem bodies, in case a proxy or a newer server answers with one.
    if (result.message.trimmed().isEmpty())
        result.message = textOf(object.value(QLatin1String("detail")));
    if (result.message.trimmed().isEmpty())
        result.message = textOf(object.value(QLatin1String("title")));
    result.details = oneLine(textOf(object.value(QLatin1String("details"))), kMaxDetailsLength);
    result.error = oneLine(result.error, kMaxMessageLength);
    result.code = oneLine(result.code, kMaxMessageLength);
    result.message = oneLine(result.message, kMaxMessageLength);
    return result;
}

// Text of a body that is not JSON: the <title> of an HTML page, else the text with tags removed.
QString plainTextOf(const QByteArray &body)
{
    constexpr qsizetype kMaxScan = 64 * 1024;
    QString text = QString::fromUtf8(body.left(kMaxScan));
    if (text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>'))) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = title.match(text);
        if (match.hasMatch() && !match.captured(1).trimmed().isEmpty()) {
            text = match.captured(1);
        } else {
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            text.replace(tags, QStringLiteral(" "));
        }
    }
    return oneLine(text, kMaxMessageLength);
}

// {success: false, ...} on a 200: the server says it failed; report that with its own words.
std::optional<ParseError> failureFlag(const QJsonObject &object, const QString &path)
{
    const QJsonValue success = object.value(QLatin1String("success"));
    if (!success.isBool() || success.toBool())
        return std::nullopt;
    const ServerErrorBody body = errorFromObject(object);
    QString message = QStringLiteral("the server reported a failure");
    if (!body.message.isEmpty())
        message += QLatin1String(": ") + body.message;
    if (!body.code.isEmpty() && !body.message.contains(body.code, Qt::CaseInsensitive))
        message += QLatin1String(" (") + body.code + QLatin1Char(')');
    return ParseError{childPath(path, QLatin1String("success")), message};
}

// {success, <key>: {...}} -> the inner object, when `object` does not itself look like a call.
struct Unwrapped
{
    QJsonObject object;
    QString path;
};

ParseResult<Unwrapped> unwrapCall(const QJsonObject &object, const QString &path, QLatin1String wrapperKey)
{
    if (std::optional<ParseError> failure = failureFlag(object, path))
        return *failure;
    if (object.contains(QLatin1String("id")) || object.contains(QLatin1String("callId")) ||
        !object.contains(wrapperKey))
        return Unwrapped{object, path};
    const QJsonValue inner = object.value(wrapperKey);
    const QString innerPath = childPath(path, wrapperKey);
    if (inner.isNull())
        return ParseError{innerPath, QStringLiteral("required field is null")};
    if (!inner.isObject())
        return ParseError{innerPath, QLatin1String("expected an object, got ") + describeType(inner)};
    return Unwrapped{inner.toObject(), innerPath};
}

void readStatus(Reader &reader, CallSnapshot &snapshot)
{
    snapshot.statusText = reader.requiredString(QLatin1String("status"));
    snapshot.status = callStatusFromString(snapshot.statusText);
}

// The documented id key of a shape, or "callId" when only that one is there.
QLatin1String idKey(const Reader &reader)
{
    if (!reader.contains(QLatin1String("id")) && reader.contains(QLatin1String("callId")))
        return QLatin1String("callId");
    return QLatin1String("id");
}

// Reads exactly `count` ASCII digits at `pos`; -1 when there are not that many.
int readDigits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

bool consume(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos].unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

namespace PayloadParser {

QDateTime parseTimestamp(QStringView text)
{
    text = text.trimmed();

    qsizetype pos = 0;
    const int year = readDigits(text, pos, 4);
    if (year < 0 || !consume(text, pos, u'-'))
        return {};
    const int month = readDigits(text, pos, 2);
    if (month < 0 || !consume(text, pos, u'-'))
        return {};
    const int day = readDigits(text, pos, 2);
    if (day < 0)
        return {};
    if (!consume(text, pos, u'T') && !consume(text, pos, u't') && !consume(text, pos, u' '))
        return {};
    const int hour = readDigits(text, pos, 2);
    if (hour < 0 || !consume(text, pos, u':'))
        return {};
    const int minute = readDigits(text, pos, 2);
    if (minute < 0)
        return {};
    int second = 0;
    int msec = 0;
    if (consume(text, pos, u':')) {
        second = readDigits(text, pos, 2);
        if (second < 0)
            return {};
        if (consume(text, pos, u'.') || consume(text, pos, u',')) {
            // Any number of fraction digits: the first three are milliseconds, the rest is truncated.
            int digits = 0;
            while (pos < text.size() && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
                if (digits < 3)
                    msec = msec * 10 + (text[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return {};
            for (int i = digits; i < 3; ++i)
                msec *= 10;
        }
    }

    int offsetSeconds = 0;
    if (consume(text, pos, u'Z') || consume(text, pos, u'z')) {
        // UTC
    } else if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        const int sign = text[pos] == QLatin1Char('-') ? -1 : 1;
        ++pos;
        const int offsetHours = readDigits(text, pos, 2);
        if (offsetHours < 0)
            return {};
        int offsetMinutes = 0;
        if (pos < text.size()) {
            consume(text, pos, u':');
            offsetMinutes = readDigits(text, pos, 2);
            if (offsetMinutes < 0)
                return {};
        }
        if (offsetHours > 23 || offsetMinutes > 59)
            return {};
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    if (pos != text.size())
        return {};

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime utc = QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds).toUTC();
    // An offset can carry 9999-12-31 into year 10000 (or 0001-01-01 before year 1): such a time cannot be
    // written back as ISO 8601 (toJson(), the history store), so it is refused like any other bad timestamp.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

ParseResult<CallSnapshot> liveCallFromObject(const QJsonObject &object, const QString &path)
{
    Reader reader(object, path);
    CallSnapshot snapshot;
    snapshot.source = SnapshotSource::LiveStatus;
    snapshot.raw = object;
    snapshot.callId = reader.requiredString(QLatin1String("callId"));
    readStatus(reader, snapshot);
    snapshot.startTime = reader.timestamp(QLatin1String("startTime"));
    snapshot.phoneNumber = reader.optionalString(QLatin1String("phoneNumber"));
    snapshot.contactId = reader.optionalString(QLatin1String("contactId"));
    snapshot.batchId = reader.optionalString(QLatin1String("batchId"));
    snapshot.error = reader.optionalString(QLatin1String("error"));
    snapshot.duration = reader.seconds(QLatin1String("duration"));
    snapshot.recordingUrl = reader.url(QLatin1String("recordingUrl"));
    // Not sent by the live endpoint; sent by the flat webhook (summary) and written by toJson().
    snapshot.endTime = reader.timestamp(QLatin1String("endTime"));
    snapshot.contactName = reader.optionalString(QLatin1String("contactName"));
    snapshot.agent = reader.optionalString(QLatin1String("agent"));
    snapshot.direction = reader.optionalString(QLatin1String("direction"));
    snapshot.summary = reader.optionalString(QLatin1String("summary"));
    snapshot.transcript =
        reader.transcript(reader.contains(QLatin1String("transcript")) ? QLatin1String("transcript")
                                                                       : QLatin1String("transcription"));
    snapshot.metrics = reader.metrics(
        reader.contains(QLatin1String("metrics")) ? QLatin1String("metrics") : QLatin1String("metricJson"));
    if (reader.failed())
        return reader.error();
    return snapshot;
}

ParseResult<CallSnapshot> persistentCallFromObject(const QJsonObject &object, const QString &path)
{
    ParseResult<Unwrapped> unwrapped = unwrapCall(object, path, QLatin1String("data"));
    if (!unwrapped)
        return unwrapped.error();
    Reader reader(unwrapped.value().object, unwrapped.value().path);
    CallSnapshot snapshot;
    snapshot.source = SnapshotSource::PersistentStatus;
    snapshot.raw = unwrapped.value().object;
    snapshot.callId = reader.requiredString(idKey(reader));
    readStatus(reader, snapshot);
    snapshot.direction = reader.optionalString(QLatin1String("direction"));
    snapshot.duration = reader.seconds(QLatin1String("duration"));
    snapshot.startTime = reader.timestamp(QLatin1String("createdAt"));
    snapshot.endTime = reader.timestamp(QLatin1String("endedAt"));
    if (const std::optional<QJsonObject> contact = reader.object(QLatin1String("contact"))) {
        Reader contactReader(*contact, childPath(reader.path(), QLatin1String("contact")));
        snapshot.contactName = contactReader.optionalString(QLatin1String("name"));
        snapshot.phoneNumber = contactReader.optionalString(QLatin1String("phoneNumber"));
        reader.absorb(contactReader);
    }
    snapshot.agent = reader.optionalString(QLatin1String("agent"));
    snapshot.recordingUrl = reader.url(QLatin1String("recordingUrl"));
    snapshot.transcript = reader.transcript(QLatin1String("transcription"));
    if (reader.failed())
        return reader.error();
    return snapshot;
}

ParseResult<CallSnapshot> callDataFromObject(const QJsonObject &object, const QString &path)
{
    ParseResult<Unwrapped> unwrapped = unwrapCall(object, path, QLatin1String("callData"));
    if (!unwrapped)
        return unwrapped.error();
    Reader reader(unwrapped.value().object, unwrapped.value().path);
    CallSnapshot snapshot;
    snapshot.source = SnapshotSource::Metrics;
    snapshot.raw = unwrapped.value().object;
    snapshot.callId = reader.requiredString(idKey(reader));
    readStatus(reader, snapshot);
    snapshot.contactId = reader.optionalString(QLatin1String("contactId"));
    snapshot.agent = reader.optionalString(QLatin1String("agentId"));
    snapshot.batchId = reader.optionalString(QLatin1String("batchId"));
    snapshot.startTime = reader.timestamp(QLatin1String("startTime"));
    snapshot.endTime = reader.timestamp(QLatin1String("endTime"));
    snapshot.duration = reader.seconds(QLatin1String("duration"));
    snapshot.phoneNumber = reader.optionalString(QLatin1String("phoneNumber"));
    snapshot.contactName = reader.optionalString(QLatin1String("contactName"));
    snapshot.transcript = reader.transcript(QLatin1String("transcription"));
    snapshot.recordingUrl = reader.url(QLatin1String("recordingUrl"));
    snapshot.summary = reader.optionalString(QLatin1String("summary"));
    snapshot.error = reader.optionalString(QLatin1String("error"));
    snapshot.metrics = reader.metrics(QLatin1String("metricJson"));
    if (reader.failed())
        return reader.error();
    return snapshot;
}

ParseResult<CallSnapshot> parseLiveStatus(const QByteArray &body)
{
    ParseResult<QJsonObject> object = parseObjectBody(body);
    if (!object)
        return object.error();
    if (std::optional<ParseError> failure = failureFlag(object.value(), QString()))
        return *failure;
    return liveCallFromObject(object.value());
}

ParseResult<CallSnapshot> parsePersistentStatus(const QByteArray &body)
{
    ParseResult<QJsonObject> object = parseObjectBody(body);
    if (!object)
        return object.error();
    return persistentCallFromObject(object.value());
}

ParseResult<CallSnapshot> parseCallMetrics(const QByteArray &body)
{
    ParseResult<QJsonObject> object = parseObjectBody(body);
    if (!object)
        return object.error();
    if (std::optional<ParseError> failure = failureFlag(object.value(), QString()))
        return *failure;
    const QJsonValue callData = object.value().value(QLatin1String("callData"));
    const QString callDataPath = QStringLiteral("callData");
    if (callData.isUndefined())
        return ParseError{callDataPath, QStringLiteral("required field is missing")};
    if (callData.isNull())
        return ParseError{callDataPath, QStringLiteral("required field is null")};
    if (!callData.isObject())
        return ParseError{callDataPath, QLatin1String("expected an object, got ") + describeType(callData)};
    return callDataFromObject(callData.toObject(), callDataPath);
}

ParseResult<BatchCalls> parseBatchStatus(const QByteArray &body)
{
    ParseResult<QJsonObject> parsed = parseObjectBody(body);
    if (!parsed)
        return parsed.error();
    QJsonObject object = parsed.value();
    QString path;
    if (std::optional<ParseError> failure = failureFlag(object, path))
        return *failure;
    if (!object.contains(QLatin1String("calls")) && object.value(QLatin1String("data")).isObject()) {
        object = object.value(QLatin1String("data")).toObject();
        path = QStringLiteral("data");
    }

    Reader reader(object, path);
    BatchCalls result;
    result.batchId = reader.optionalString(QLatin1String("batchId"));
    if (reader.failed())
        return reader.error();
    const QJsonValue calls = object.value(QLatin1String("calls"));
    const QString callsPath = childPath(path, QLatin1String("calls"));
    if (calls.isUndefined())
        return ParseError{callsPath, QStringLiteral("required field is missing")};
    if (calls.isNull())
        return ParseError{callsPath, QStringLiteral("required field is null")};
    if (!calls.isArray())
        return ParseError{callsPath, QLatin1String("expected an array, got ") + describeType(calls)};

    const QJsonArray array = calls.toArray();
    result.calls.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isObject()) {
            return ParseError{indexPath(callsPath, i),
                              QLatin1String("expected an object, got ") + describeType(element)};
        }
        ParseResult<CallSnapshot> call = liveCallFromObject(element.toObject(), indexPath(callsPath, i));
        if (!call)
            return call.error();
        CallSnapshot &snapshot = call.value();
        snapshot.source = SnapshotSource::BatchStatus;
        if (snapshot.batchId.isEmpty())
            snapshot.batchId = result.batchId;
        result.calls.append(std::move(snapshot));
    }
    return result;
}

ParseResult<BatchStatistics> parseBatchStatistics(const QByteArray &body)
{
    ParseResult<QJsonObject> parsed = parseObjectBody(body);
    if (!parsed)
        return parsed.error();
    QJsonObject object = parsed.value();
    QString path;
    if (std::optional<ParseError> failure = failureFlag(object, path))
        return *failure;
    if (!object.contains(QLatin1String("status")) && object.value(QLatin1String("data")).isObject()) {
        object = object.value(QLatin1String("data")).toObject();
        path = QStringLiteral("data");
    }

    Reader reader(object, path);
    BatchStatistics result;
    result.raw = object;
    result.batchId = reader.optionalString(QLatin1String("batchId"));
    result.status = reader.requiredString(QLatin1String("status"));
    result.priority = reader.stringOrNumber(QLatin1String("priority"));
    if (const std::optional<QJsonObject> statistics = reader.object(QLatin1String("statistics"))) {
        Reader stats(*statistics, childPath(path, QLatin1String("statistics")));
        result.total = stats.count(QLatin1String("total"));
        result.processed = stats.count(QLatin1String("processed"));
        result.succeeded = stats.count(QLatin1String("succeeded"));
        result.failed = stats.count(QLatin1String("failed"));
        result.pending = stats.count(QLatin1String("pending"));
        result.percentComplete = stats.number(QLatin1String("percentComplete"));
        result.successRate = stats.number(QLatin1String("successRate"));
        reader.absorb(stats);
    }
    if (const std::optional<QJsonObject> performance = reader.object(QLatin1String("performance"))) {
        Reader perf(*performance, childPath(path, QLatin1String("performance")));
        result.callsPerSecond = perf.number(QLatin1String("callsPerSecond"));
        result.estimatedTimeRemaining = perf.seconds(QLatin1String("estimatedTimeRemaining"));
        result.elapsedTime = perf.seconds(QLatin1String("elapsedTime")).value_or(0);
        reader.absorb(perf);
    }
    if (const std::optional<QJsonObject> timestamps = reader.object(QLatin1String("timestamps"))) {
        Reader times(*timestamps, childPath(path, QLatin1String("timestamps")));
        result.createdAt = times.timestamp(QLatin1String("createdAt"));
        result.startedAt = times.timestamp(QLatin1String("startedAt"));
        result.completedAt = times.timestamp(QLatin1String("completedAt"));
        reader.absorb(times);
    }
    result.agentId = reader.optionalString(QLatin1String("agentId"));
    result.userId = reader.optionalString(QLatin1String("userId"));
    result.webhooks = reader.object(QLatin1String("webhooks")).value_or(QJsonObject());
    if (reader.failed())
        return reader.error();
    return result;
}

ParseResult<QList<BatchSummary>> parseBatchList(const QByteArray &body)
{
    ParseResult<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    QJsonArray array;
    QString path;
    if (document.value().isArray()) {
        array = document.value().array();
    } else if (document.value().isObject()) {
        const QJsonObject object = document.value().object();
        if (std::optional<ParseError> failure = failureFlag(object, path))
            return *failure;
        if (object.value(QLatin1String("data")).isArray()) {
            array = object.value(QLatin1String("data")).toArray();
            path = QStringLiteral("data");
        } else if (object.value(QLatin1String("batches")).isArray()) {
            array = object.value(QLatin1String("batches")).toArray();
            path = QStringLiteral("batches");
        } else {
            return ParseError{QString(), QStringLiteral("expected a JSON array of batches, got an object")};
        }
    } else {
        return ParseError{QString(), QStringLiteral("expected a JSON array of batches")};
    }

    QList<BatchSummary> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString elementPath = indexPath(path, i);
        if (!element.isObject())
            return ParseError{elementPath, QLatin1String("expected an object, got ") + describeType(element)};
        Reader reader(element.toObject(), elementPath);
        BatchSummary summary;
        summary.batchId = reader.requiredString(QLatin1String("batchId"));
        summary.status = reader.optionalString(QLatin1String("status"));
        summary.total = reader.count(QLatin1String("total"));
        summary.processed = reader.count(QLatin1String("processed"));
        summary.succeeded = reader.count(QLatin1String("succeeded"));
        summary.failed = reader.count(QLatin1String("failed"));
        summary.percentComplete = reader.number(QLatin1String("percentComplete"));
        summary.createdAt = reader.timestamp(QLatin1String("createdAt"));
        summary.agentId = reader.optionalString(QLatin1String("agentId"));
        summary.priority = reader.stringOrNumber(QLatin1String("priority"));
        if (reader.failed())
            return reader.error();
        result.append(std::move(summary));
    }
    return result;
}

ServerErrorBody parseErrorBody(const QByteArray &body)
{
    if (isBlank(body))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return errorFromObject(document.object());
    ServerErrorBody result;
    if (error.error == QJsonParseError::NoError && document.isArray())
        result.message = oneLine(compactJson(document.array()), kMaxMessageLength);
    else
        result.message = plainTextOf(body);
    return result;
}

} // namespace PayloadParser

} // namespace cw
