#include "lookup.h"

#include "idlist.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace cw {

namespace {

constexpr qsizetype kMinRedactedKeyLength = 8;

QString redacted()
{
    return QStringLiteral("[API key]");
}

// The key as it is sent (the client trims it); empty when it is too short to be looked for.
QString keyToRedact(const QString &apiKey)
{
    const QString key = apiKey.trimmed();
    return key.size() >= kMinRedactedKeyLength ? key : QString();
}

QString withoutKey(QString text, const QString &key)
{
    if (!key.isEmpty())
        text.replace(key, redacted());
    return text;
}

// Every string (and object key) of a JSON value with the API key taken out.
QJsonValue withoutKey(const QJsonValue &value, const QString &key)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonValue(withoutKey(value.toString(), key));
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(withoutKey(element, key));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.constBegin(); it != source.constEnd(); ++it)
            object.insert(withoutKey(it.key(), key), withoutKey(it.value(), key));
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Undefined:
        break;
    }
    return value;
}

LookupResult failure(int exitCode, const QString &message, const QString &apiKey)
{
    LookupResult result;
    result.exitCode = exitCode;
    result.stderrLine = sanitizedLine(message, apiKey);
    return result;
}

} // namespace

int lookupExitCode(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return LookupResult::Found;
    case ApiError::Kind::NotFound:
        return LookupResult::NotFound;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::MissingApiKey:
        return LookupResult::KeyRejected;
    case ApiError::Kind::InsecureUrl:
        return LookupResult::BadUsage;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::PaymentRequired:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::HttpOther:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::MalformedBody:
    case ApiError::Kind::Cancelled:
        break;
    }
    return LookupResult::Failed;
}

QString sanitizedLine(const QString &text, const QString &apiKey)
{
    QString line = withoutKey(text, keyToRedact(apiKey));
    for (QChar &c : line) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return line.simplified();
}

LookupResult runLookup(const ClientConfig &config, const QString &callId, int timeoutMs)
{
    if (!isPlausibleId(callId)) { // the window's rule
        // The id itself is not echoed: it may hold line breaks or terminal control characters.
        return failure(LookupResult::BadUsage,
                       QCoreApplication::translate(
                           "cw::Lookup", "invalid call id: it must be 1 to 200 printable characters, without "
                                         "spaces, quotes or angle brackets"),
                       config.apiKey);
    }
    if (const ApiError urlError = DialgenClient::checkBaseUrl(config.baseUrl); urlError.isError())
        return failure(lookupExitCode(urlError.kind), urlError.userMessage(), config.apiKey);

    ClientConfig effective = config;
    if (timeoutMs > 0)
        effective.transferTimeoutMs = qMin(effective.transferTimeoutMs, timeoutMs);
    QNetworkAccessManager network;
    DialgenClient client(&network, effective);

    QEventLoop loop;
    bool finished = false;
    bool deadlinePassed = false;
    ApiError error;
    std::optional<CallSnapshot> call;
    ApiReply *const started = client.fetchCall(callId);
    QPointer<ApiReply> reply = started;
    // The reply is alive while it emits finished(): use it directly (the QPointer is for the code below).
    QObject::connect(started, &ApiReply::finished, &loop, [&, started] {
        finished = true;
        error = started->error();
        if (started->ok())
            call = started->call();
        loop.quit();
    });
    QTimer deadline;
    if (timeoutMs > 0) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            deadlinePassed = true;
            if (reply)
                reply->abort(); // finishes it at once, with Kind::Cancelled
        });
        deadline.start(timeoutMs);
    }
    if (!finished) // finished() is always queued, but never wait for a reply that is already done
        loop.exec();
    deadline.stop();

    if (deadlinePassed && error.kind == ApiError::Kind::Cancelled) {
        error = ApiError();
        error.kind = ApiError::Kind::Timeout;
    }

    if (call && !error.isError()) {
        const QString key = keyToRedact(config.apiKey);
        LookupResult result;
        result.exitCode = LookupResult::Found;
        result.stdoutText =
            QJsonDocument(withoutKey(call->toJson(), key).toObject()).toJson(QJsonDocument::Compact);
        result.stdoutText.append('\n');
        return result;
    }

    if (!error.isError()) { // cannot happen: a finished reply has either a call or an error
        error.kind = ApiError::Kind::MalformedBody;
        error.detail = QStringLiteral("no call in the answer");
    }
    QString message;
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        message = QCoreApplication::translate("cw::Lookup", "call %1 not found: %2")
                      .arg(callId, error.userMessage());
        break;
    case ApiError::Kind::MissingApiKey:
        message =
            QCoreApplication::translate("cw::Lookup", "%1: set the DIALGEN_API_KEY environment variable")
                .arg(error.userMessage());
        break;
    default:
        message = error.userMessage();
        break;
    }
    return failure(lookupExitCode(error.kind), message, config.apiKey);
}

} // namespace cw
