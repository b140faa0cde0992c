#include "testsupport.h"

#include "lifecycle.h"

#include <QTest>
#include <QTimeZone>

using namespace cw;

namespace {
CallSnapshot snap(const QString &status, qint64 startOffsetSeconds)
{
    CallSnapshot call;
    call.callId = QStringLiteral("call_1");
    call.statusText = status;
    call.status = callStatusFromString(status);
    if (startOffsetSeconds >= 0)
        call.startTime =
            QDateTime(QDate(2025, 11, 15), QTime(14, 30, 1), QTimeZone::utc()).addSecs(startOffsetSeconds);
    return call;
}
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void firstAnswerIsAlwaysAccepted();
    void startsLessThanASecondApartAreOneAttempt_data();
    void startsLessThanASecondApartAreOneAttempt();
};

void TestLifecycle::decide_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<qint64>("currentStart");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<qint64>("incomingStart");
    QTest::addColumn<int>("expected");

    const int accept = int(UpdateDecision::Accept);
    const int stale = int(UpdateDecision::Stale);
    const int attempt = int(UpdateDecision::NewAttempt);
    QTest::newRow("scheduled -> ongoing") << "SCHEDULED" << qint64(0) << "ONGOING" << qint64(0) << accept;
    QTest::newRow("ongoing -> completed") << "ONGOING" << qint64(0) << "COMPLETED" << qint64(0) << accept;
    QTest::newRow("same status again") << "ONGOING" << qint64(0) << "ONGOING" << qint64(0) << accept;
    QTest::newRow("completed <- late ongoing") << "COMPLETED" << qint64(0) << "ONGOING" << qint64(0) << stale;
    QTest::newRow("failed <- cached scheduled") << "FAILED" << qint64(0) << "SCHEDULED" << qint64(0) << stale;
    QTest::newRow("ongoing <- scheduled") << "ONGOING" << qint64(0) << "SCHEDULED" << qint64(0) << stale;
    QTest::newRow("missed -> retried (newer start)")
        << "MISSED" << qint64(0) << "SCHEDULED" << qint64(300) << attempt;
    QTest::newRow("answer about an older attempt")
        << "ONGOING" << qint64(300) << "MISSED" << qint64(0) << stale;
    QTest::newRow("dialled before the planned time")
        << "SCHEDULED" << qint64(60) << "ONGOING" << qint64(5) << accept;
    QTest::newRow("dialled after the planned time")
        << "SCHEDULED" << qint64(0) << "ONGOING" << qint64(20) << accept;
    QTest::newRow("end missed, retry seen")
        << "ONGOING" << qint64(0) << "SCHEDULED" << qint64(400) << attempt;
    QTest::newRow("planned time moved, still scheduled")
        << "SCHEDULED" << qint64(0) << "SCHEDULED" << qint64(30) << accept;
    QTest::newRow("no start times, backwards")
        << "COMPLETED" << qint64(-1) << "ONGOING" << qint64(-1) << stale;
    QTest::newRow("unknown status while active")
        << "ONGOING" << qint64(0) << "VOICEMAIL" << qint64(0) << accept;
    QTest::newRow("unknown status after the end")
        << "COMPLETED" << qint64(0) << "VOICEMAIL" << qint64(0) << stale;
    QTest::newRow("unknown -> known") << "VOICEMAIL" << qint64(0) << "COMPLETED" << qint64(0) << accept;
}

void TestLifecycle::decide()
{
    QFETCH(QString, current);
    QFETCH(qint64, currentStart);
    QFETCH(QString, incoming);
    QFETCH(qint64, incomingStart);
    QFETCH(int, expected);
    QCOMPARE(int(decideUpdate(snap(current, currentStart), snap(incoming, incomingStart))), expected);
}

void TestLifecycle::firstAnswerIsAlwaysAccepted()
{
    CallSnapshot placeholder;
    placeholder.callId = QStringLiteral("call_1");
    QCOMPARE(decideUpdate(placeholder, snap(QStringLiteral("COMPLETED"), 0)), UpdateDecision::Accept);
    QCOMPARE(decideUpdate(placeholder, snap(QStringLiteral("SCHEDULED"), -1)), UpdateDecision::Accept);
}

void TestLifecycle::startsLessThanASecondApartAreOneAttempt_data()
{
    // A webhook and a poll tell the same start with different precision (with and without milliseconds).
    QTest::addColumn<QString>("current");
    QTest::addColumn<qint64>("currentStartMs");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<qint64>("incomingStartMs");
    QTest::addColumn<int>("expected");

    const int accept = int(UpdateDecision::Accept);
    const int stale = int(UpdateDecision::Stale);
    const int attempt = int(UpdateDecision::NewAttempt);
    QTest::newRow("webhook ended it (whole s) <- late poll ongoing (ms)")
        << "COMPLETED" << qint64(0) << "ONGOING" << qint64(123) << stale;
    QTest::newRow("webhook ended it (whole s) <- late poll scheduled (ms)")
        << "MISSED" << qint64(0) << "SCHEDULED" << qint64(999) << stale;
    QTest::newRow("poll ended it (ms) -> webhook details (whole s)")
        << "COMPLETED" << qint64(123) << "COMPLETED" << qint64(0) << accept;
    QTest::newRow("ongoing (ms) -> completed (whole s)")
        << "ONGOING" << qint64(456) << "COMPLETED" << qint64(0) << accept;
    QTest::newRow("a second later is a new dial")
        << "MISSED" << qint64(0) << "SCHEDULED" << qint64(1000) << attempt;
    QTest::newRow("a second earlier is an older attempt")
        << "ONGOING" << qint64(1000) << "COMPLETED" << qint64(0) << stale;
}

void TestLifecycle::startsLessThanASecondApartAreOneAttempt()
{
    QFETCH(QString, current);
    QFETCH(qint64, currentStartMs);
    QFETCH(QString, incoming);
    QFETCH(qint64, incomingStartMs);
    QFETCH(int, expected);
    CallSnapshot before = snap(current, 0);
    before.startTime = before.startTime.addMSecs(currentStartMs);
    CallSnapshot after = snap(incoming, 0);
    after.startTime = after.startTime.addMSecs(incomingStartMs);
    QCOMPARE(int(decideUpdate(before, after)), expected);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
