// Resident memory per tracked call, in a fresh child process: the simulator (on its own thread) is built
// first, then CallWatch's client side (DialgenClient, CallTracker, CallTableModel under the window's proxy)
// tracks its batches through real polls; the growth of the resident set, divided by the calls, is the figure.
#include "benchcommon.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "dialgenclient.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>

namespace cw::bench {

int childMemory(int calls, int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // as the app: model roles may use Gui types
    if (calls < 20)
        return 2;
    const QString key = QStringLiteral("bench-api-key");
    sim::SimConfig config;
    config.seed = 8;
    config.historyDays = 0;
    config.autoTraffic = false;
    config.autoAdvance = false;
    config.apiKey = key;
    SimHost host(config);
    QStringList batches;
    QUrl baseUrl;
    QString error;
    host.run([&](sim::DialgenSimulator &simulator) {
        if (!simulator.start(0, &error))
            return;
        sim::SimWorld &world = simulator.world();
        sim::BatchOptions options;
        options.dialSpacingMs = 20;
        for (int b = 0; b < 20; ++b)
            batches.append(world.createBatch(calls / 20, options));
        // An hour on: most calls ended (with recordings, errors, retries pending), some still live.
        world.advanceTo(world.now().addSecs(3600));
        baseUrl = simulator.baseUrl();
    });
    if (baseUrl.isEmpty()) {
        log(QStringLiteral("memory child: simulator did not start: %1").arg(error));
        return 1;
    }
    const int expected = (calls / 20) * 20;

    releaseFreeMemory();
    const qint64 before = residentBytes();
    int rows = 0;
    qint64 after = 0;
    {
        QNetworkAccessManager network;
        ClientConfig clientConfig;
        clientConfig.baseUrl = baseUrl;
        clientConfig.apiKey = key;
        DialgenClient client(&network, clientConfig);
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
        CallTracker tracker(&client, &model);
        for (const QString &batch : std::as_const(batches))
            tracker.trackBatch(batch);
        tracker.start();
        QElapsedTimer timer;
        timer.start();
        while ((model.rowCount() < expected || tracker.scheduler().inFlight() > 0) &&
               timer.elapsed() < 300'000)
            waitForEvents(50);
        tracker.stop();
        tracker.flushStore();
        // Let finished replies be deleted.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        rows = model.rowCount();
        releaseFreeMemory();
        after = residentBytes();
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("before"), before},
                                                       {QStringLiteral("after"), after},
                                                       {QStringLiteral("rows"), rows},
                                                       {QStringLiteral("expected"), expected}})
                                 .toJson(QJsonDocument::Compact) +
                             '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

Results benchMemory(const Options &options)
{
    const int calls = options.quick ? 5'000 : 100'000;
    const QString size = QStringLiteral("%1 tracked calls in 20 batches").arg(count(calls));
    QString error;
    const QJsonObject figures =
        runChild(options, {QStringLiteral("--child-memory"), QString::number(calls)}, 600'000, &error);
    const QString title = QStringLiteral("memory: resident bytes per tracked call");
    if (!error.isEmpty())
        return {failure(QStringLiteral("memory_per_call"), title, size, error)};
    const qint64 before = figures.value(QStringLiteral("before")).toInteger();
    const qint64 after = figures.value(QStringLiteral("after")).toInteger();
    const int rows = figures.value(QStringLiteral("rows")).toInt();
    if (before <= 0 || after <= 0)
        return {failure(QStringLiteral("memory_per_call"), title, size, QStringLiteral("RSS not available"))};
    if (rows != figures.value(QStringLiteral("expected")).toInt())
        return {failure(QStringLiteral("memory_per_call"), title, size,
                        QStringLiteral("only %1 rows arrived").arg(rows))};
    Result result;
    result.name = QStringLiteral("memory_per_call");
    result.title = title;
    result.size = size;
    result.value = double(after - before) / double(rows);
    result.unit = QStringLiteral("bytes");
    result.target = QStringLiteral("< 2048 bytes");
    result.met = result.value < 2048;
    result.note = QStringLiteral("RSS %1 MiB before tracking, %2 MiB after (simulator on its own thread "
                                 "included in both); model + sorted proxy + tracker, no history store")
                      .arg(double(before) / 1048576.0, 0, 'f', 1)
                      .arg(double(after) / 1048576.0, 0, 'f', 1);
    return {result};
}

} // namespace cw::bench
