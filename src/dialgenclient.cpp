#include "dialgenclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

namespace cw {

namespace {

const QByteArray kAuthorization = QByteArrayLiteral("Authorization");

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        return u.scheme() == QLatin1String("https") ? 443 : 80;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString describeNetworkError(QNetworkReply *reply)
{
    QString text = reply->errorString();
    // Qt prefixes many messages with the full URL; the host is enough (and keeps query strings out).
    text.replace(reply->url().toString(), reply->url().host());
    return text;
}

// A server or a proxy may quote the request's headers back, in an error or in a field of a call: the key
// goes no further than the request (not into messages, the table, the history or exports). Keys shorter
// than 8 characters are not real keys; replacing them would garble the answer.
QByteArray withoutKey(QByteArray bytes, const QString &apiKey)
{
    const QByteArray key = apiKey.trimmed().toUtf8();
    if (key.size() >= 8)
        bytes.replace(key, QByteArrayLiteral("[API key]"));
    return bytes;
}

QString withoutKey(QString text, const QString &apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.size() >= 8)
        text.replace(key, QStringLiteral("[API key]"));
    return text;
}

} // namespace

// ---------------------------------------------------------------------------------------------- ApiReply

ApiReply::ApiReply(Kind kind, QString target, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_target(std::move(target))
{}

void ApiReply::abort()
{
    if (m_finished)
        return;
    QNetworkReply *network = m_network.data();
    m_network.clear(); // DialgenClient::handleFinished sees this and only does its bookkeeping
    if (network != nullptr)
        network->abort();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finishWithError(error);
}

void ApiReply::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
}

template<typename T>
void ApiReply::finishWithResult(T value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(value);
    Q_EMIT finished();
    deleteLater();
}

// ------------------------------------------------------------------------------------------ DialgenClient

DialgenClient::DialgenClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    Q_ASSERT(m_network);
}

void DialgenClient::setConfig(ClientConfig config)
{
    m_config = std::move(config);
}

void DialgenClient::setApiKey(const QString &key)
{
    m_config.apiKey = key;
}

bool DialgenClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError DialgenClient::checkBaseUrl(const QUrl &url)
{
    ApiError error;
    error.kind = ApiError::Kind::InsecureUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        error.detail =
            tr("The Dialgen base URL \"%1\" is not a valid URL.").arg(url.toString(QUrl::RemoveUserInfo));
        return error;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        error.detail = tr("The Dialgen base URL must start with https:// (got \"%1\").")
                           .arg(url.toString(QUrl::RemoveUserInfo));
        return error;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        //: %1 is a host name such as api.example.com
        error.detail = tr("Refusing plain http:// to %1: HTTPS is required for every host other "
                          "than this computer, so the API key is never sent unencrypted.")
                           .arg(url.host());
        return error;
    }
    if (!url.userInfo().isEmpty()) {
        error.detail = tr("The Dialgen base URL must not contain a user name or password.");
        return error;
    }
    return {};
}

int DialgenClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    // HTTP date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT")
    // and asctime ("Sun Nov  6 08:49:37 1994"). The weekday is dropped: it adds nothing and Qt would
    // reject a two-digit year whose century makes the weekday disagree.
    QString text = QString::fromLatin1(trimmed).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    else if (const qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0)
        text = text.mid(space + 1);
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(text, QLatin1String(format));
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970)
            when = when.addYears(100); // two-digit years in RFC 850 dates
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
        // Round up: resuming a fraction of a second early would be resuming too early.
        const qint64 delta = (now.msecsTo(when) + 999) / 1000;
        return int(qBound(qint64(0), delta, qint64(24 * 3600)));
    }
    return -1;
}

ApiReply *DialgenClient::start(ApiReply::Kind kind, const QString &target)
{
    return new ApiReply(kind, target, this);
}

ApiReply *DialgenClient::fetchCall(const QString &callId)
{
    ApiReply *reply = start(ApiReply::Kind::Call, callId);
    send(reply, QStringLiteral("/api/v1/status/call"), QStringLiteral("callId"), callId);
    return reply;
}

ApiReply *DialgenClient::fetchCallPersistent(const QString &callId)
{
    ApiReply *reply = start(ApiReply::Kind::PersistentCall, callId);
    send(reply, QStringLiteral("/api/v1/call/check-status"), QStringLiteral("callId"), callId);
    return reply;
}

ApiReply *DialgenClient::fetchBatchCalls(const QString &batchId)
{
    ApiReply *reply = start(ApiReply::Kind::BatchCalls, batchId);
    send(reply, QStringLiteral("/api/v1/status/batch"), QStringLiteral("batchId"), batchId);
    return reply;
}

ApiReply *DialgenClient::fetchBatchStatistics(const QString &batchId)
{
    ApiReply *reply = start(ApiReply::Kind::BatchStatistics, batchId);
    send(reply, QStringLiteral("/api/v1/batch/check-status"), QStringLiteral("batchId"), batchId);
    return reply;
}

ApiReply *DialgenClient::fetchBatchList()
{
    ApiReply *reply = start(ApiReply::Kind::BatchList, QString());
    send(reply, QStringLiteral("/api/v1/batch/list"), QString(), QString());
    return reply;
}

void DialgenClient::send(ApiReply *reply, const QString &path, const QString &queryKey,
                         const QString &queryValue)
{
    // Problems found before sending still finish asynchronously, like every other outcome.
    const auto failSoon = [this, reply](ApiError error) {
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->finishWithError(error); }, Qt::QueuedConnection);
        Q_EMIT exchangeFinished(QUrl(), 0, error.kind);
    };

    if (ApiError urlError = checkBaseUrl(m_config.baseUrl); urlError.isError()) {
        failSoon(urlError);
        return;
    }
    if (m_config.apiKey.trimmed().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::MissingApiKey;
        error.detail = QStringLiteral("No Dialgen API key is set.");
        failSoon(error);
        return;
    }
    if (!queryKey.isEmpty() && queryValue.trimmed().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        error.detail = QStringLiteral("The %1 is empty.").arg(queryKey);
        failSoon(error);
        return;
    }

    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!queryKey.isEmpty()) {
        QUrlQuery query;
        // Ids are opaque: encode everything that is not unreserved so "+", "&", "#" survive.
        query.addQueryItem(queryKey, QString::fromLatin1(QUrl::toPercentEncoding(queryValue)));
        url.setQuery(query);
    }

    QNetworkRequest request(url);
    request.setRawHeader(kAuthorization, "Bearer " + m_config.apiKey.trimmed().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("CallWatch/" CALLWATCH_VERSION));
    request.setTransferTimeout(m_config.transferTimeoutMs);
    // Redirects are checked one by one: the bearer key must never travel to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);

    QNetworkReply *network = m_network->get(request);
    reply->m_network = network;
    ++reply->m_requestsSent;
    ++m_inFlight;

    const QUrl origin = m_config.baseUrl;
    connect(network, &QNetworkReply::redirected, reply, [network, origin, reply](const QUrl &target) {
        const QUrl resolved = network->url().resolved(target);
        if (sameOrigin(resolved, origin)) {
            Q_EMIT network->redirectAllowed();
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::HttpOther;
        error.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        //: %1 and %2 are host names
        error.detail = tr("Dialgen redirected the request to another address (%1); CallWatch "
                          "does not follow it, so the API key stays with %2.")
                           .arg(resolved.host(), origin.host());
        network->setProperty("cw_redirectError", QVariant::fromValue(error));
        network->abort();
    });
    const qint64 maxBody = m_config.maxBodyBytes;
    connect(network, &QNetworkReply::metaDataChanged, reply, [network, maxBody] {
        const QVariant length = network->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBody) {
            network->setProperty("cw_tooLarge", true);
            network->abort();
        }
    });
    connect(network, &QNetworkReply::downloadProgress, reply, [network, maxBody](qint64 received, qint64) {
        if (received > maxBody) {
            network->setProperty("cw_tooLarge", true);
            network->abort();
        }
    });
    // Context is the client, not the reply: the in-flight count must drop even if the reply is gone.
    connect(network, &QNetworkReply::finished, this,
            [this, guard = QPointer<ApiReply>(reply), network] { handleFinished(guard, network); });
}

void DialgenClient::handleFinished(ApiReply *reply, QNetworkReply *network)
{
    --m_inFlight;
    network->deleteLater();
    if (!reply || reply->m_network != network)
        return; // aborted by the caller
    reply->m_network = nullptr;

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = network->url();
    ApiError error;

    if (const QVariant redirect = network->property("cw_redirectError"); redirect.isValid()) {
        error = redirect.value<ApiError>();
    } else if (network->property("cw_tooLarge").toBool()) {
        error.kind = ApiError::Kind::MalformedBody;
        error.httpStatus = status;
        error.detail = tr("The response is larger than %1 MB; CallWatch stopped reading it.")
                           .arg(QLocale().toString(m_config.maxBodyBytes / (1024 * 1024)));
    } else if (status == 0 || (network->error() != QNetworkReply::NoError && status < 400)) {
        // No HTTP answer (or a broken one): transport-level failure.
        switch (network->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.detail =
                QStringLiteral("No complete answer within %1 s.").arg(m_config.transferTimeoutMs / 1000.0);
            break;
        default:
            error.kind = ApiError::Kind::Network;
            error.detail = withoutKey(describeNetworkError(network), m_config.apiKey);
            break;
        }
        error.httpStatus = status;
    } else if (status < 200 || status >= 300) {
        error = ApiError::fromHttpStatus(status);
        const ServerErrorBody body =
            PayloadParser::parseErrorBody(withoutKey(network->readAll(), m_config.apiKey));
        error.serverMessage = body.message;
        error.serverCode = body.code;
        if (!body.details.isEmpty())
            error.detail = body.details;
        if (status == 429 || status == 503)
            error.retryAfterSeconds =
                parseRetryAfter(network->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }

    Q_EMIT exchangeFinished(url, status, error.kind);

    if (!error.isError()) {
        deliver(reply, withoutKey(network->readAll(), m_config.apiKey),
                network->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        return;
    }
    // The live cache keeps calls 30 days: before calling a call unknown, ask the persistent endpoint.
    if (reply->m_kind == ApiReply::Kind::Call && error.kind == ApiError::Kind::NotFound &&
        reply->m_requestsSent == 1) {
        send(reply, QStringLiteral("/api/v1/call/check-status"), QStringLiteral("callId"), reply->m_target);
        return;
    }
    reply->finishWithError(error);
}

void DialgenClient::deliver(ApiReply *reply, const QByteArray &body, const QByteArray &contentType)
{
    const auto malformed = [reply, &body, &contentType](const ParseError &parseError) {
        ApiError error;
        error.kind = ApiError::Kind::MalformedBody;
        error.httpStatus = 200;
        error.detail = parseError.toString();
        const QString type = QString::fromLatin1(contentType.split(';').constFirst().trimmed().toLower());
        if (!type.isEmpty() && !type.contains(QLatin1String("json"))) {
            // Not JSON at all: most likely something else answered in Dialgen's place.
            const QString text = PayloadParser::parseErrorBody(body).message; // a page's title, or its text
            if (text.isEmpty()) {
                //: %1 is a content type such as text/html
                error.detail =
                    DialgenClient::tr("expected JSON but got %1; something other than Dialgen, such "
                                      "as a proxy or a network login page, may be answering")
                        .arg(type);
            } else {
                //: %1 is a content type such as text/html, %2 the title or text of what was received
                error.detail = DialgenClient::tr("expected JSON but got %1 \"%2\"; something other than "
                                                 "Dialgen, such as a proxy or a network login page, may be "
                                                 "answering")
                                   .arg(type, text.left(80));
            }
        }
        reply->finishWithError(error);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    switch (reply->m_kind) {
    case ApiReply::Kind::Call:
    case ApiReply::Kind::PersistentCall: {
        // The second request of a Call reply went to the persistent endpoint.
        const bool persistent = reply->m_kind == ApiReply::Kind::PersistentCall || reply->m_requestsSent > 1;
        ParseResult<CallSnapshot> parsed =
            persistent ? PayloadParser::parsePersistentStatus(body) : PayloadParser::parseLiveStatus(body);
        if (!parsed)
            return malformed(parsed.error());
        if (parsed.value().callId != reply->m_target) {
            // Never file an answer under the wrong call.
            return malformed({QStringLiteral("callId"),
                              QStringLiteral("answer is about call \"%1\", not the call asked for")
                                  .arg(parsed.value().callId.left(80))});
        }
        parsed.value().receivedAt = now;
        return reply->finishWithResult(std::move(parsed.value()));
    }
    case ApiReply::Kind::BatchCalls: {
        const auto parse = [body, target = reply->m_target, now] {
            ParseResult<BatchCalls> parsed = PayloadParser::parseBatchStatus(body);
            if (parsed) {
                if (parsed.value().batchId.isEmpty())
                    parsed.value().batchId = target;
                for (CallSnapshot &call : parsed.value().calls) {
                    call.receivedAt = now;
                    if (call.batchId.isEmpty())
                        call.batchId = target;
                }
            }
            return parsed;
        };
        const auto finish = [](ApiReply *done, ParseResult<BatchCalls> &parsed) {
            if (!parsed) {
                ApiError error;
                error.kind = ApiError::Kind::MalformedBody;
                error.httpStatus = 200;
                error.detail = parsed.error().toString();
                return done->finishWithError(error);
            }
            done->finishWithResult(std::move(parsed.value()));
        };
        // A big batch body (10,000 calls are ~2 MB, 100,000 ~30 MB) is parsed in a worker thread, so the
        // GUI thread does not stall for it; the reply finishes on this thread once it is done (not at
        // all when it was aborted meanwhile).
        if (body.size() < 256 * 1024) {
            ParseResult<BatchCalls> parsed = parse();
            return finish(reply, parsed);
        }
        QThreadPool::globalInstance()->start([parse, finish, guard = QPointer<ApiReply>(reply)] {
            auto parsed = std::make_shared<ParseResult<BatchCalls>>(parse());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [finish, guard, parsed] {
                    ApiReply *done = guard.data();
                    if (done != nullptr && !done->isFinished())
                        finish(done, *parsed);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    case ApiReply::Kind::BatchStatistics: {
        ParseResult<BatchStatistics> parsed = PayloadParser::parseBatchStatistics(body);
        if (!parsed)
            return malformed(parsed.error());
        if (parsed.value().batchId.isEmpty())
            parsed.value().batchId = reply->m_target; // the documented body does not repeat the id
        return reply->finishWithResult(std::move(parsed.value()));
    }
    case ApiReply::Kind::BatchList: {
        ParseResult<QList<BatchSummary>> parsed = PayloadParser::parseBatchList(body);
        if (!parsed)
            return malformed(parsed.error());
        return reply->finishWithResult(std::move(parsed.value()));
    }
    }
}

} // namespace cw
