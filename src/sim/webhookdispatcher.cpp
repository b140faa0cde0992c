#include "webhookdispatcher.h"

#include "simapi.h"
#include "simrandom.h"
#include "simworld.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace cw::sim {

namespace {

// Key of the webhook decision streams (see SimRandom::streamSeed); distinct from SimWorld's purposes.
constexpr quint64 kWebhookStream = 0x57EB400CULL;
constexpr quint64 kBatchCompletedKey = 0x10000;
constexpr quint64 kBatchFailedKey = 0x10001;

const QString &callEventName()
{
    static const QString name = QStringLiteral("call.completed");
    return name;
}

const QString &batchCompletedName()
{
    static const QString name = QStringLiteral("batch.completed");
    return name;
}

const QString &batchFailedName()
{
    static const QString name = QStringLiteral("batch.failed");
    return name;
}

// FNV-1a over the UTF-16 units: a stable key for an id (qHash is seeded per process).
quint64 stableKey(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

WebhookOptions clamped(WebhookOptions options)
{
    options.duplicateProbability = std::clamp(options.duplicateProbability, 0.0, 1.0);
    if (!(options.duplicateProbability >= 0)) // NaN
        options.duplicateProbability = 0;
    for (int &delay : options.retryDelaysMs)
        delay = std::max(0, delay);
    options.timeoutMs = std::max(1, options.timeoutMs);
    options.maxInFlight = std::max(1, options.maxInFlight);
    options.queueCap = std::max<qsizetype>(1, options.queueCap);
    return options;
}

} // namespace

struct WebhookDispatcher::Private
{
    struct Delivery
    {
        quint64 id = 0;
        QString event;
        QString subject;
        QByteArray body;
        int attempt = 1;
        qint64 due = 0; // on `clock`
    };
    struct Running
    {
        Delivery delivery;
        qint64 startedAt = 0;
        bool timedOut = false;
    };

    WebhookDispatcher *q = nullptr;
    SimWorld &world;
    QNetworkAccessManager *network = nullptr;
    std::unique_ptr<QNetworkAccessManager> ownedNetwork;
    QUrl target;
    QByteArray secret;
    WebhookOptions options;
    WebhookStats stats;
    quint64 nextId = 1;
    quint64 generation = 0; // bumped by abandonAll(): work of an older generation is not resumed
    bool busy = false;      // something happened since the last idle()

    QElapsedTimer clock;                               // monotonic: retry delays and timeouts are real time
    QTimer wakeTimer;                                  // the next retry that is due
    std::map<quint64, Delivery> waiting;               // by id: begin() is the oldest
    std::set<std::pair<qint64, quint64>> waitingByDue; // (due, id): begin() is sent next
    QHash<QNetworkReply *, Running> running;

    explicit Private(SimWorld &w)
        : world(w)
    {}

    void onCallEnded(const QString &callId);
    void onBatchEvent(const QString &batchId, bool completed);
    void enqueue(const QString &event, const QString &subject, WebhookPayload payload, QByteArray body,
                 bool duplicate);
    void wait(Delivery delivery);
    void enforceCap();
    void pump();
    void send(Delivery delivery);
    void finished(QNetworkReply *reply);
    void abandonAll();
    void updateCounts()
    {
        stats.pending = static_cast<qsizetype>(waiting.size());
        stats.inFlight = running.size();
    }
};

void WebhookDispatcher::Private::onCallEnded(const QString &callId)
{
    if (target.isEmpty())
        return;
    const std::optional<SimCall> call = world.call(callId);
    if (!call)
        return;
    // Both draws happen whatever the options, so the duplicate decision does not depend on the shape.
    SimRandom random(SimRandom::streamSeed(world.config().seed, kWebhookStream, stableKey(callId),
                                           quint64(call->attempt)));
    const bool nested = random.chance(0.5);
    const bool duplicate = random.chance(options.duplicateProbability);
    WebhookPayload payload = nested ? WebhookPayload::CallNested : WebhookPayload::CallFlat;
    if (options.shape == WebhookShape::Flat)
        payload = WebhookPayload::CallFlat;
    else if (options.shape == WebhookShape::Nested)
        payload = WebhookPayload::CallNested;
    enqueue(callEventName(), callId, payload, WebhookDispatcher::payload(world, callId, payload), duplicate);
}

void WebhookDispatcher::Private::onBatchEvent(const QString &batchId, bool completed)
{
    if (target.isEmpty() || !world.hasBatch(batchId))
        return;
    SimRandom random(SimRandom::streamSeed(world.config().seed, kWebhookStream, stableKey(batchId),
                                           completed ? kBatchCompletedKey : kBatchFailedKey));
    const bool duplicate = random.chance(options.duplicateProbability);
    const WebhookPayload payload = completed ? WebhookPayload::BatchCompleted : WebhookPayload::BatchFailed;
    enqueue(completed ? batchCompletedName() : batchFailedName(), batchId, payload,
            WebhookDispatcher::payload(world, batchId, payload), duplicate);
}

void WebhookDispatcher::Private::enqueue(const QString &event, const QString &subject, WebhookPayload payload,
                                         QByteArray body, bool duplicate)
{
    stats.events += 1;
    const int copies = duplicate ? 2 : 1;
    if (duplicate)
        stats.duplicated += 1;
    const quint64 generationNow = generation;
    for (int copy = 0; copy < copies && generation == generationNow; ++copy) {
        Delivery delivery;
        delivery.id = nextId++;
        delivery.event = event;
        delivery.subject = subject;
        delivery.body = body;
        delivery.due = clock.elapsed();
        const WebhookDelivery report{delivery.id, event, subject, payload, copy > 0, body};
        wait(std::move(delivery));
        Q_EMIT q->deliveryQueued(report);
    }
    pump();
}

void WebhookDispatcher::Private::wait(Delivery delivery)
{
    busy = true;
    const quint64 id = delivery.id;
    waitingByDue.insert({delivery.due, id});
    waiting.insert_or_assign(id, std::move(delivery));
    enforceCap();
    updateCounts();
}

void WebhookDispatcher::Private::enforceCap()
{
    while (static_cast<qsizetype>(waiting.size()) > options.queueCap) {
        const auto oldest = waiting.begin();
        const quint64 id = oldest->first;
        waitingByDue.erase({oldest->second.due, id});
        waiting.erase(oldest);
        stats.dropped += 1;
        updateCounts();
        Q_EMIT q->deliveryDropped(id);
    }
}

void WebhookDispatcher::Private::pump()
{
    // Signals emitted on the way may re-enter (a slot creating calls, changing the target...): the loop
    // re-reads the state on every turn.
    while (!target.isEmpty() && running.size() < options.maxInFlight && !waitingByDue.empty() &&
           waitingByDue.begin()->first <= clock.elapsed()) {
        const quint64 id = waitingByDue.begin()->second;
        waitingByDue.erase(waitingByDue.begin());
        auto node = waiting.extract(id);
        if (node.empty())
            continue;
        send(std::move(node.mapped()));
    }
    updateCounts();
    if (!target.isEmpty() && running.size() < options.maxInFlight && !waitingByDue.empty()) {
        const qint64 wait = std::max<qint64>(0, waitingByDue.begin()->first - clock.elapsed());
        wakeTimer.start(static_cast<int>(std::min<qint64>(wait, 24LL * 3600 * 1000)));
    } else {
        wakeTimer.stop();
    }
    if (busy && waiting.empty() && running.isEmpty()) {
        busy = false;
        Q_EMIT q->idle();
    }
}

void WebhookDispatcher::Private::send(Delivery delivery)
{
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!secret.isEmpty())
        request.setRawHeader(QByteArrayLiteral("x-dialgen-signature"), signature(delivery.body, secret));
    if (!options.bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + options.bearerToken);
    // A 3xx is a failed attempt: the body and the token never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(options.timeoutMs);

    stats.attempted += 1;
    if (delivery.attempt > 1)
        stats.retried += 1;
    QNetworkReply *reply = network->post(request, delivery.body);
    running.insert(reply, Running{std::move(delivery), clock.elapsed(), false});
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { finished(reply); });
    // setTransferTimeout() only limits silence; this limits the whole answer.
    QTimer::singleShot(options.timeoutMs, Qt::PreciseTimer, reply, [this, reply] {
        const auto it = running.find(reply);
        if (it == running.end())
            return;
        it->timedOut = true;
        reply->abort(); // finished() runs from here
    });
}

void WebhookDispatcher::Private::finished(QNetworkReply *reply)
{
    const auto it = running.find(reply);
    if (it == running.end())
        return;
    Running run = std::move(it.value());
    running.erase(it);
    reply->deleteLater();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool delivered =
        !run.timedOut && status >= 200 && status < 300 && (reply->error() == QNetworkReply::NoError);

    WebhookAttempt attempt;
    attempt.deliveryId = run.delivery.id;
    attempt.event = run.delivery.event;
    attempt.subject = run.delivery.subject;
    attempt.attempt = run.delivery.attempt;
    attempt.httpStatus = run.timedOut ? 0 : status;
    attempt.elapsedMs = clock.elapsed() - run.startedAt;
    if (delivered) {
        stats.succeeded += 1;
        attempt.outcome = WebhookAttempt::Outcome::Delivered;
    } else {
        if (run.timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError)
            attempt.error = WebhookDispatcher::tr("no answer within %1 ms").arg(options.timeoutMs);
        else if (status != 0)
            attempt.error = WebhookDispatcher::tr("HTTP %1").arg(status);
        else
            attempt.error = reply->errorString();
        if (run.delivery.attempt <= options.retryDelaysMs.size()) {
            attempt.outcome = WebhookAttempt::Outcome::WillRetry;
            attempt.retryInMs = options.retryDelaysMs.at(run.delivery.attempt - 1);
        } else {
            attempt.outcome = WebhookAttempt::Outcome::GaveUp;
            stats.failed += 1;
        }
    }
    updateCounts();
    const quint64 generationNow = generation;
    Q_EMIT q->attemptFinished(attempt);
    if (attempt.outcome == WebhookAttempt::Outcome::WillRetry && generation == generationNow) {
        Delivery next = std::move(run.delivery);
        next.attempt += 1;
        next.due = clock.elapsed() + attempt.retryInMs;
        wait(std::move(next));
    }
    pump();
}

void WebhookDispatcher::Private::abandonAll()
{
    generation += 1;
    stats.discarded += waiting.size() + static_cast<quint64>(running.size());
    waiting.clear();
    waitingByDue.clear();
    wakeTimer.stop();
    const QList<QNetworkReply *> replies = running.keys();
    running.clear();
    for (QNetworkReply *reply : replies) {
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    busy = false;
    updateCounts();
}

WebhookDispatcher::WebhookDispatcher(SimWorld &world, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(world))
{
    d->q = this;
    if (network) {
        d->network = network;
    } else {
        d->ownedNetwork = std::make_unique<QNetworkAccessManager>();
        d->network = d->ownedNetwork.get();
    }
    d->clock.start();
    d->wakeTimer.setSingleShot(true);
    d->wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->wakeTimer, &QTimer::timeout, this, [this] { d->pump(); });

    connect(&world, &SimWorld::callEnded, this, [this](const QString &callId) { d->onCallEnded(callId); });
    connect(&world, &SimWorld::batchCompleted, this,
            [this](const QString &batchId) { d->onBatchEvent(batchId, true); });
    connect(&world, &SimWorld::batchCancelled, this,
            [this](const QString &batchId) { d->onBatchEvent(batchId, false); });
}

WebhookDispatcher::~WebhookDispatcher()
{
    d->abandonAll();
}

bool WebhookDispatcher::setTarget(const QUrl &url, const QByteArray &secret, const WebhookOptions &options,
                                  QString *error)
{
    d->abandonAll();
    d->target.clear();
    d->secret.clear();
    d->options = clamped(options);
    if (url.isEmpty())
        return true;
    if (!isAcceptableTarget(url, error))
        return false;
    d->target = url;
    d->secret = secret;
    if (d->ownedNetwork) {
        // A proxy from the environment must not see (or break) deliveries to this machine.
        d->ownedNetwork->setProxy(isLoopbackHost(url.host()) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                             : QNetworkProxy(QNetworkProxy::DefaultProxy));
    }
    return true;
}

QUrl WebhookDispatcher::target() const
{
    return d->target;
}

bool WebhookDispatcher::isEnabled() const
{
    return !d->target.isEmpty();
}

WebhookOptions WebhookDispatcher::options() const
{
    return d->options;
}

WebhookStats WebhookDispatcher::stats() const
{
    return d->stats;
}

bool WebhookDispatcher::isAcceptableTarget(const QUrl &url, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(tr("The webhook URL must be an absolute http(s) URL with a host"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return refuse(tr("The webhook URL must use https (or http to this machine)"));
    if (!isLoopbackHost(url.host()))
        return refuse(tr("Plain http webhooks are only sent to this machine (127.0.0.1, ::1, localhost); "
                         "use https for %1")
                          .arg(url.host()));
    return true;
}

QByteArray WebhookDispatcher::signature(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray WebhookDispatcher::payload(const SimWorld &world, const QString &subject, WebhookPayload payload)
{
    switch (payload) {
    case WebhookPayload::CallFlat: {
        const std::optional<SimCall> call = world.call(subject);
        if (!call)
            return {};
        return compact(QJsonObject{
            {QStringLiteral("event"), callEventName()},
            {QStringLiteral("callId"), call->id},
            {QStringLiteral("status"), callStatusName(call->status)},
            {QStringLiteral("duration"), nullableInt(call->durationSeconds)},
            {QStringLiteral("contactId"), call->contactId},
            {QStringLiteral("summary"), nullableString(world.summary(call->id))},
            {QStringLiteral("recordingUrl"), nullableString(call->recordingUrl)},
        });
    }
    case WebhookPayload::CallNested: {
        const std::optional<SimCall> call = world.call(subject);
        if (!call)
            return {};
        QJsonObject callData = callDataJson(world, *call);
        callData.insert(QStringLiteral("batchId"), nullableString(call->batchId));
        callData.insert(QStringLiteral("recordingUrl"), nullableString(call->recordingUrl));
        return compact(QJsonObject{
            {QStringLiteral("success"), true},
            {QStringLiteral("callData"), callData},
            {QStringLiteral("metricSchema"), metricSchemaJson()},
        });
    }
    case WebhookPayload::BatchCompleted: {
        const std::optional<SimBatch> batch = world.batch(subject);
        if (!batch)
            return {};
        return compact(QJsonObject{
            {QStringLiteral("event"), batchCompletedName()},
            {QStringLiteral("batchId"), batch->id},
            {QStringLiteral("agentId"), batch->agentId},
            {QStringLiteral("userId"), batch->userId},
            {QStringLiteral("statistics"), batchStatisticsJson(*batch)},
            {QStringLiteral("timestamps"), batchTimestampsJson(*batch)},
        });
    }
    case WebhookPayload::BatchFailed: {
        const std::optional<SimBatch> batch = world.batch(subject);
        if (!batch)
            return {};
        const bool cancelled = batch->cancelled;
        return compact(QJsonObject{
            {QStringLiteral("event"), batchFailedName()},
            {QStringLiteral("batchId"), batch->id},
            {QStringLiteral("agentId"), batch->agentId},
            {QStringLiteral("error"),
             cancelled ? QStringLiteral("Batch was cancelled") : QStringLiteral("Batch failed")},
            {QStringLiteral("code"),
             cancelled ? QStringLiteral("BATCH_CANCELLED") : QStringLiteral("BATCH_FAILED")},
            {QStringLiteral("timestamp"), apiTime(world.now())},
        });
    }
    }
    return {};
}

} // namespace cw::sim
