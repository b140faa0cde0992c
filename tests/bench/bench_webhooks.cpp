// Webhook intake: signed deliveries (the simulator's own payloads) posted over loopback from a sender
// thread to the WebhookReceiver on the main thread, whose events go to a CallTracker as in Session.
#include "benchcommon.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "dialgenclient.h"
#include "sim/simworld.h"
#include "sim/webhookdispatcher.h"
#include "webhookreceiver.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <atomic>

namespace cw::bench {

namespace {

const QByteArray kSecret = QByteArrayLiteral("bench-webhook-secret");

// Posts every body with at most `concurrency` requests running, timing each from send to answer.
class Sender : public QObject
{
public:
    Sender(QUrl url, QList<QByteArray> bodies, int concurrency)
        : m_url(std::move(url))
        , m_bodies(std::move(bodies))
        , m_concurrency(concurrency)
    {}

    void go()
    {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        for (int i = 0; i < m_concurrency; ++i)
            sendNext();
    }

    std::atomic<bool> finished{false};
    // Read after `finished`.
    QList<double> ackMs;
    int failures = 0;
    QString firstFailure;

private:
    void sendNext()
    {
        if (m_next >= m_bodies.size())
            return;
        const QByteArray &body = m_bodies.at(m_next++);
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(WebhookReceiver::SignatureHeader.latin1(),
                             WebhookReceiver::signatureFor(body, kSecret));
        request.setTransferTimeout(20'000);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_network->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
            ackMs.append(double(timer->nsecsElapsed()) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status > 299) {
                if (failures++ == 0)
                    firstFailure = QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString());
            }
            reply->deleteLater();
            if (++m_done == m_bodies.size())
                finished = true;
            else
                sendNext();
        });
    }

    QUrl m_url;
    QList<QByteArray> m_bodies;
    int m_concurrency;
    QNetworkAccessManager *m_network = nullptr;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
};

} // namespace

Results benchWebhooks(const Options &options)
{
    const int events = options.quick ? 300 : 5'000;
    const int concurrency = 8;
    const QString size = QStringLiteral("%1 events, %2 senders").arg(count(events)).arg(concurrency);
    const auto failBoth = [&size](const QString &error) {
        return Results{
            failure(QStringLiteral("webhook_events_per_s"), QStringLiteral("webhooks accepted"), size, error),
            failure(QStringLiteral("webhook_ack_p99"), QStringLiteral("webhook ack p99"), size, error)};
    };

    // Payloads: every call of a batch that has been dialled through, half flat, half nested (transcript).
    sim::SimConfig config;
    config.seed = 8;
    config.historyDays = 0;
    config.autoTraffic = false;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    sim::SimWorld world(config, start);
    sim::BatchOptions batchOptions;
    batchOptions.retry.maxAttempts = 1;
    batchOptions.dialSpacingMs = 200;
    const QString batchId = world.createBatch(events, batchOptions);
    world.advanceTo(start.addSecs(4 * 3600));
    QList<QByteArray> bodies;
    qint64 bytes = 0;
    const QStringList ids = world.callIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        bodies.append(sim::WebhookDispatcher::payload(
            world, ids.at(i), i % 2 ? sim::WebhookPayload::CallNested : sim::WebhookPayload::CallFlat));
        bytes += bodies.constLast().size();
    }
    if (bodies.size() != events || bodies.contains(QByteArray()))
        return failBoth(QStringLiteral("the simulator gave %1 payloads").arg(bodies.size()));

    // The receiving side, as Session wires it (the tracker follows the batch; it does not poll here).
    QNetworkAccessManager unused;
    DialgenClient client(&unused, ClientConfig{});
    CallTableModel model;
    CallTracker tracker(&client, &model);
    tracker.trackBatch(batchId);
    WebhookReceiver receiver;
    receiver.setSecret(kSecret);
    QString error;
    if (!receiver.start(QHostAddress(QHostAddress::LocalHost), 0, &error))
        return failBoth(error);
    qint64 received = 0;
    QObject context;
    QObject::connect(&receiver, &WebhookReceiver::eventReceived, &tracker, &CallTracker::applyWebhookEvent);
    QObject::connect(&receiver, &WebhookReceiver::eventReceived, &context, [&received] { ++received; });

    QThread thread;
    thread.start();
    auto *sender = new Sender(receiver.url(), bodies, concurrency);
    sender->moveToThread(&thread);
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu = threadCpuNs();
    QMetaObject::invokeMethod(
        sender, [sender] { sender->go(); }, Qt::QueuedConnection);
    while (!sender->finished && wall.elapsed() < 300'000)
        waitForEvents(20);
    const int refused = sender->finished ? sender->failures : 0; // written before `finished`
    // The receiver hands each event on after answering: wait for the last ones.
    while (received < events - refused && wall.elapsed() < 300'000)
        waitForEvents(20);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuMs = double(threadCpuNs() - cpu) / 1e6;
    const bool done = sender->finished;
    QList<double> ackMs;
    int failures = 0;
    QString firstFailure;
    QMetaObject::invokeMethod(
        sender,
        [&] {
            ackMs = sender->ackMs;
            failures = sender->failures;
            firstFailure = sender->firstFailure;
            delete sender;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    if (!done)
        return failBoth(QStringLiteral("the deliveries did not finish within 300 s"));
    if (failures > 0)
        return failBoth(QStringLiteral("%1 deliveries refused, first: %2").arg(failures).arg(firstFailure));

    Results results;
    Result rate;
    rate.name = QStringLiteral("webhook_events_per_s");
    rate.title = QStringLiteral("webhooks: events accepted per s");
    rate.size = size;
    rate.value = double(received) / seconds;
    rate.unit = QStringLiteral("events/s");
    rate.note = QStringLiteral("%1 events (%2 bytes) accepted and applied in %3 s; %4 rows in the table; "
                               "main-thread CPU %5 ms per event")
                    .arg(count(received), count(bytes))
                    .arg(seconds, 0, 'f', 2)
                    .arg(count(model.rowCount()))
                    .arg(cpuMs / double(qMax<qint64>(received, 1)), 0, 'f', 3);
    results.append(rate);

    Result ack;
    ack.name = QStringLiteral("webhook_ack_p99");
    ack.title = QStringLiteral("webhooks: time to acknowledge p99");
    ack.size = size;
    ack.value = percentile(ackMs, 99);
    ack.unit = QStringLiteral("ms");
    ack.target = QStringLiteral("< 5000 ms (Dialgen's limit)");
    ack.met = ack.value < 5000;
    ack.note = QStringLiteral("sender's view, request sent to answer read: p50 %1 ms, max %2 ms")
                   .arg(percentile(ackMs, 50), 0, 'f', 2)
                   .arg(percentile(ackMs, 100), 0, 'f', 1);
    results.append(ack);
    return results;
}

} // namespace cw::bench
