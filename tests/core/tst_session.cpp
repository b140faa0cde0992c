#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "historystore.h"
#include "session.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

// Session wires the app together; these tests cover what the demo adds: a seeded throw-away history and
// webhooks from the simulator to the receiver.
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoSeedsItsThrowawayHistory();
    void demoNeverSeedsTheRealHistory();
    void demoDeliversWebhooksToTheReceiver();
};

namespace {
Session::DemoOptions demoOptions(quint64 seed)
{
    Session::DemoOptions options;
    options.speed = 40;
    options.seed = seed;
    return options;
}
} // namespace

void TestSession::demoSeedsItsThrowawayHistory()
{
    QString path;
    {
        Session session(ClientConfig{});
        session.openThrowawayHistory();
        QVERIFY(session.history());
        QVERIFY(session.history()->isPersistent());
        path = session.history()->filePath();
        QVERIFY(QFile::exists(path));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(session.startDemo(demoOptions(21), &error), qPrintable(error));
        qInfo() << "startDemo with a seeded history took" << timer.elapsed() << "ms for"
                << session.demoHistoryTransitions() << "transitions";
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(session.isDemo());
        QVERIFY(session.demoHistoryTransitions() > 0);

        // Exactly the seeded transitions, all within the last DemoHistoryDays days: the simulator's
        // older past (it generates more days than that) stays out.
        const QDateTime from = before.addDays(-Session::DemoHistoryDays);
        const QDateTime to = after.addMSecs(1);
        const QList<HistoryStore::TransitionRow> rows = session.history()->transitionsBetween(from, to);
        QCOMPARE(qint64(rows.size()), session.demoHistoryTransitions());
        const QList<HistoryStore::TransitionRow> wider =
            session.history()->transitionsBetween(before.addDays(-3 * Session::DemoHistoryDays), to);
        QCOMPARE(wider.size(), rows.size());
        QCOMPARE(session.history()->load().transitionCount, session.demoHistoryTransitions());

        // Every one of them is marked as simulated, and they form sensible call histories.
        QSet<QString> calls;
        int completed = 0;
        int missed = 0;
        int failed = 0;
        for (const HistoryStore::TransitionRow &row : rows) {
            calls.insert(row.callId);
            completed += row.status == CallStatus::Completed ? 1 : 0;
            missed += row.status == CallStatus::Missed ? 1 : 0;
            failed += row.status == CallStatus::Failed ? 1 : 0;
        }
        qint64 perCall = 0;
        for (const QString &id : std::as_const(calls)) {
            const QList<HistoryStore::Transition> transitions = session.history()->transitions(id);
            QVERIFY(!transitions.isEmpty());
            QCOMPARE(transitions.first().status, CallStatus::Scheduled); // every seeded call starts here
            for (const HistoryStore::Transition &transition : transitions) {
                QCOMPARE(transition.source, QStringLiteral("simulated"));
                QVERIFY(transition.at >= from);
                QVERIFY(transition.at <= after);
            }
            perCall += transitions.size();
        }
        QCOMPARE(perCall, session.demoHistoryTransitions());
        // A month of traffic ends in all three ways.
        QVERIFY(completed > 0);
        QVERIFY(missed > 0);
        QVERIFY(failed > 0);
        qInfo() << "seeded" << calls.size() << "calls:" << completed << "completed," << missed << "missed,"
                << failed << "failed";

        // Starting the demo again changes nothing.
        QVERIFY(session.startDemo(demoOptions(22)));
        QCOMPARE(qint64(session.history()->transitionsBetween(from, to).size()),
                 session.demoHistoryTransitions());
    }
    // Throw-away: gone with the session.
    QVERIFY(!QFile::exists(path));
}

void TestSession::demoNeverSeedsTheRealHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Session session(ClientConfig{});
    session.openHistory(dir.path());
    QVERIFY(session.history()->isPersistent());
    QVERIFY(session.history()->filePath().startsWith(dir.path()));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(session.startDemo(demoOptions(21), &error), qPrintable(error));
    QVERIFY(session.isDemo());
    QCOMPARE(session.demoHistoryTransitions(), 0);
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(
        session.history()->transitionsBetween(before.addDays(-3 * Session::DemoHistoryDays), to).isEmpty());
    QCOMPARE(session.history()->load().transitionCount, 0);
}

void TestSession::demoDeliversWebhooksToTheReceiver()
{
    Session session(ClientConfig{});
    session.openThrowawayHistory();
    QString error;
    QVERIFY2(session.startDemo(demoOptions(5), &error), qPrintable(error));
    QVERIFY(!session.webhookReceiver());
    QSignalSpy recorded(session.tracker(), &CallTracker::transitionsRecorded);
    const QByteArray secret = QByteArrayLiteral("demo-secret");
    QVERIFY2(session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, secret, &error),
             qPrintable(error));
    WebhookReceiver *receiver = session.webhookReceiver();
    QVERIFY(receiver);
    QVERIFY(receiver->isListening());
    QVERIFY(receiver->hasSecret());
    QCOMPARE(receiver->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(receiver->serverPort() != 0);

    // Demo traffic alone (the tracker is not even polling): the simulator's deliveries arrive, signed.
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(receiver->acceptedCount() > 0, 30000);
    qInfo() << "first webhook from demo traffic after" << timer.elapsed() << "ms";
    QCOMPARE(receiver->rejectedCount(), 0); // the signature matched the secret
    QCOMPARE(session.simulator()->webhooks().target(), receiver->url());

    // Every event goes on to the tracker, which records it as a webhook.
    QTRY_VERIFY(!recorded.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(recorded)) {
        const auto transitions = arguments.at(0).value<QList<HistoryStore::Transition>>();
        for (const HistoryStore::Transition &transition : transitions)
            QCOMPARE(transition.source, QString(HistoryStore::SourceWebhook));
    }

    // Restarting the receiver (a new port) points the simulator at the new one.
    const quint16 firstPort = receiver->serverPort();
    const qint64 acceptedBefore = receiver->acceptedCount();
    QVERIFY2(session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, secret, &error),
             qPrintable(error));
    QCOMPARE(session.webhookReceiver(), receiver);
    qInfo() << "receiver moved from port" << firstPort << "to" << receiver->serverPort();
    QCOMPARE(session.simulator()->webhooks().target(), receiver->url());
    // A call that ends now is delivered to the new address.
    sim::SimWorld &world = session.simulator()->world();
    const QString id = world.createCall();
    QVERIFY(world.forceStatus(id, sim::SimCallStatus::Failed, QStringLiteral("INVALID_NUMBER")));
    QTRY_VERIFY_WITH_TIMEOUT(receiver->acceptedCount() > acceptedBefore, 30000);
    QCOMPARE(receiver->rejectedCount(), 0);
    // The demo tracks every single call the simulator creates; the webhook's end reaches its row.
    QTRY_VERIFY_WITH_TIMEOUT(session.tracker()->isTracked(id), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(session.model()->snapshot(id) ? session.model()->snapshot(id)->status
                                                            : CallStatus::Unknown,
                              CallStatus::Failed, 30000);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
