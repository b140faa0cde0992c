#include "dialgensimulator.h"

#include "faultproxy.h"
#include "simapi.h"
#include "simrandom.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <utility>

namespace cw::sim {

namespace {

constexpr int kAdvanceIntervalMs = 100;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QHttpServerResponse toHttpResponse(SimHttpResponse response)
{
    QHttpServerResponse out(std::move(response.contentType), std::move(response.body),
                            static_cast<QHttpServerResponse::StatusCode>(response.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!response.headers.isEmpty()) {
        QHttpHeaders headers = out.headers();
        for (const auto &[name, value] : std::as_const(response.headers)) {
            [[maybe_unused]] const bool appended = headers.append(name, value);
        }
        out.setHeaders(std::move(headers));
    }
#else
    for (const auto &[name, value] : std::as_const(response.headers))
        out.addHeader(name, value);
#endif
    return out;
}

// Same keys, wrong value types: strings become numbers, numbers strings, null zero...
QJsonValue scrambleTypes(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return 0;
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return static_cast<int>(value.toString().size());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(scrambleTypes(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), scrambleTypes(it.value()));
        return out;
    }
    }
    return value;
}

} // namespace

struct DialgenSimulator::Private
{
    DialgenSimulator *q = nullptr;
    SimConfig config;
    std::unique_ptr<SimWorld> world;
    std::unique_ptr<SimApi> api;
    std::unique_ptr<WebhookDispatcher> webhooks; // after `world`: destroyed before it
    std::unique_ptr<QHttpServer> http;
    std::unique_ptr<FaultProxy> proxy;
    QTimer advanceTimer;
    FaultConfig faults;
    SimRandom faultRandom{0};
    quint64 requests = 0;

    QHttpServerResponse serve(const QHttpServerRequest &request);
    SimHttpResponse respond(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &authorization);
    SimHttpResponse retryAfter(SimHttpResponse response) const;
    void malform(SimHttpResponse &response);
    FaultProxy::Settings proxySettings() const
    {
        return FaultProxy::Settings{faults.latencyMs, faults.stallRate, faults.resetRate};
    }
};

QHttpServerResponse DialgenSimulator::Private::serve(const QHttpServerRequest &request)
{
    ++requests;
    const QString path = request.url().path();
    SimHttpResponse response = respond(methodName(request.method()), path, request.query(),
                                       request.value(QByteArrayLiteral("Authorization")));
    const int status = response.status;
    QHttpServerResponse out = toHttpResponse(std::move(response));
    Q_EMIT q->requestServed(path, status);
    return out;
}

SimHttpResponse DialgenSimulator::Private::respond(const QByteArray &method, const QString &path,
                                                   const QUrlQuery &query, const QByteArray &authorization)
{
    // Faults are decided before the request is handled (a 5xx must not cancel a batch behind the client's
    // back), and only for authenticated requests so that 401s stay deterministic.
    if (api->isAuthorized(authorization)) {
        if (faults.rateLimitRate > 0 && faultRandom.chance(faults.rateLimitRate)) {
            return retryAfter(SimApi::errorResponse(
                429, QStringLiteral("Too Many Requests"), QStringLiteral("RATE_LIMITED"),
                QStringLiteral("Rate limit exceeded, retry after %1 s").arg(faults.retryAfterSeconds),
                QJsonObject{{QStringLiteral("retryAfter"), faults.retryAfterSeconds}}));
        }
        if (faults.serverErrorRate > 0 && faultRandom.chance(faults.serverErrorRate)) {
            const double kind = faultRandom.uniform();
            if (kind < 0.6) {
                return SimApi::errorResponse(500, QStringLiteral("Internal Server Error"),
                                             QStringLiteral("INTERNAL_ERROR"),
                                             QStringLiteral("An unexpected error occurred"));
            }
            if (kind < 0.8)
                return SimApi::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Bad Gateway")}},
                                    502);
            return retryAfter(SimApi::errorResponse(503, QStringLiteral("Service Unavailable"),
                                                    QStringLiteral("SERVICE_UNAVAILABLE"),
                                                    QStringLiteral("The service is temporarily overloaded")));
        }
    }
    SimHttpResponse response = api->handle(method, path, query, authorization);
    if (response.status >= 200 && response.status < 300 && faults.malformedRate > 0 &&
        faultRandom.chance(faults.malformedRate)) {
        malform(response);
    }
    return response;
}

SimHttpResponse DialgenSimulator::Private::retryAfter(SimHttpResponse response) const
{
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(faults.retryAfterSeconds)});
    return response;
}

void DialgenSimulator::Private::malform(SimHttpResponse &response)
{
    const double kind = faultRandom.uniform();
    if (kind < 0.5 && response.body.size() > 1) {
        // Truncated: a consistent Content-Length, but the JSON stops in the middle.
        const qint64 keep = response.body.size() * faultRandom.range(25, 75) / 100;
        response.body.truncate(std::max<qint64>(1, keep));
        return;
    }
    if (kind < 0.8) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isObject())
            response.body =
                QJsonDocument(scrambleTypes(document.object()).toObject()).toJson(QJsonDocument::Compact);
        else if (document.isArray())
            response.body =
                QJsonDocument(scrambleTypes(document.array()).toArray()).toJson(QJsonDocument::Compact);
        return;
    }
    // Something in front of the API answered instead, still labelled as JSON.
    response.body = QByteArrayLiteral("<html><head><title>Error</title></head>"
                                      "<body><h1>Upstream returned an invalid response</h1></body></html>");
}

DialgenSimulator::DialgenSimulator(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    if (d->config.apiKey.isEmpty())
        d->config.apiKey = generateApiKey();
    d->faultRandom = SimRandom(SimRandom::streamSeed(config.seed, 0xFA0175));
    d->world = std::make_unique<SimWorld>(d->config, QDateTime::currentDateTimeUtc());
    d->api = std::make_unique<SimApi>(*d->world, d->config.apiKey, d->config.flatPersistent);
    d->webhooks = std::make_unique<WebhookDispatcher>(*d->world);

    connect(d->world.get(), &SimWorld::callCreated, this, &DialgenSimulator::callCreated);
    connect(d->world.get(), &SimWorld::batchCreated, this, &DialgenSimulator::batchCreated);
    connect(d->world.get(), &SimWorld::callChanged, this, &DialgenSimulator::callChanged);
    connect(d->world.get(), &SimWorld::batchChanged, this, &DialgenSimulator::batchChanged);

    d->advanceTimer.setInterval(kAdvanceIntervalMs);
    connect(&d->advanceTimer, &QTimer::timeout, this,
            [this] { d->world->advanceTo(QDateTime::currentDateTimeUtc()); });
    setAutoAdvance(d->config.autoAdvance);
}

DialgenSimulator::~DialgenSimulator()
{
    d->advanceTimer.stop();
    stop();
}

bool DialgenSimulator::start(quint16 port, QString *error)
{
    if (isRunning())
        return true;

    auto http = std::make_unique<QHttpServer>();
    for (const QString &path : SimApi::paths()) {
        const auto handler = [this](const QHttpServerRequest &request) {
            return d->serve(request);
        };
        // route() returns bool up to Qt 6.7 and the new rule (or nullptr) from 6.8 on.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        const bool routed = http->route(path, this, handler) != nullptr;
#else
        const bool routed = http->route(path, handler);
#endif
        if (!routed) {
            if (error)
                *error = tr("Cannot register the route %1").arg(path);
            return false;
        }
    }

    // The HTTP server itself listens on an internal ephemeral port; clients reach it through the proxy.
    auto *tcp = new QTcpServer(http.get());
    if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1: %1").arg(tcp->errorString());
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!http->bind(tcp)) {
        if (error)
            *error = tr("Cannot bind the HTTP server");
        return false;
    }
#else
    http->bind(tcp);
#endif

    auto proxy = std::make_unique<FaultProxy>(d->config.seed);
    proxy->setSettings(d->proxySettings());
    QString proxyError;
    if (!proxy->listen(port, tcp->serverPort(), &proxyError)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(proxyError);
        return false;
    }
    d->http = std::move(http);
    d->proxy = std::move(proxy);
    return true;
}

void DialgenSimulator::stop()
{
    // Clients first (the proxy aborts its sockets), then the HTTP server and its sockets.
    d->proxy.reset();
    d->http.reset();
}

bool DialgenSimulator::isRunning() const
{
    return d->proxy && d->proxy->isListening();
}

QUrl DialgenSimulator::baseUrl() const
{
    if (!isRunning())
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->proxy->port()));
}

quint16 DialgenSimulator::port() const
{
    return isRunning() ? d->proxy->port() : 0;
}

QString DialgenSimulator::apiKey() const
{
    return d->config.apiKey;
}

void DialgenSimulator::setFaults(const FaultConfig &faults)
{
    d->faults = faults;
    d->faults.retryAfterSeconds = std::max(0, faults.retryAfterSeconds);
    if (d->proxy)
        d->proxy->setSettings(d->proxySettings());
}

FaultConfig DialgenSimulator::faults() const
{
    return d->faults;
}

void DialgenSimulator::setFlatPersistent(bool flat)
{
    d->config.flatPersistent = flat;
    d->api->setFlatPersistent(flat);
}

bool DialgenSimulator::flatPersistent() const
{
    return d->api->flatPersistent();
}

void DialgenSimulator::setAutoAdvance(bool enabled)
{
    d->config.autoAdvance = enabled;
    if (enabled)
        d->advanceTimer.start();
    else
        d->advanceTimer.stop();
}

bool DialgenSimulator::autoAdvance() const
{
    return d->advanceTimer.isActive();
}

SimWorld &DialgenSimulator::world()
{
    return *d->world;
}

const SimWorld &DialgenSimulator::world() const
{
    return *d->world;
}

quint64 DialgenSimulator::requestCount() const
{
    return d->requests;
}

bool DialgenSimulator::setWebhookTarget(const QUrl &url, const QByteArray &secret,
                                        const WebhookOptions &options, QString *error)
{
    return d->webhooks->setTarget(url, secret, options, error);
}

WebhookDispatcher &DialgenSimulator::webhooks()
{
    return *d->webhooks;
}

const WebhookDispatcher &DialgenSimulator::webhooks() const
{
    return *d->webhooks;
}

QString DialgenSimulator::generateApiKey()
{
    QString key = QStringLiteral("dgsim_");
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < 5; ++i)
        key += QStringLiteral("%1").arg(random->generate(), 8, 16, QLatin1Char('0'));
    return key;
}

} // namespace cw::sim
