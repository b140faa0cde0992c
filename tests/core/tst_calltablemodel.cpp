#include "testsupport.h"

#include "calltablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace cw;

namespace {

CallSnapshot makeCall(const QString &id, CallStatus status, qint64 startMs = 1'763'217'001'123LL)
{
    CallSnapshot call;
    call.callId = id;
    call.status = status;
    call.statusText = callStatusToString(status);
    call.startTime = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    call.phoneNumber = QStringLiteral("+15551234567");
    call.contactId = QStringLiteral("contact_") + id;
    return call;
}

// One dataChanged signal: rows and columns from its two indexes.
struct Announced
{
    int top, bottom, left, right;
    bool covers(int row, int column) const
    {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
};

QList<Announced> announced(const QSignalSpy &spy)
{
    QList<Announced> list;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        list.append({topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column()});
    }
    return list;
}

bool covered(const QList<Announced> &signals_, int row, int column)
{
    return std::any_of(signals_.cbegin(), signals_.cend(),
                       [row, column](const Announced &a) { return a.covers(row, column); });
}

} // namespace

class TestCallTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsNewRowsInOneSignal();
    void updatesWithoutReset();
    void contiguousRangesForFewChanges();
    void nearbyChangesShareOneSignal();
    void oneRangeWhenMostRowsChange();
    void mixedChangesInReverseOrder();
    void rowHintsAreCheckedNotTrusted();
    void announcesOnlyChangedColumns_data();
    void announcesOnlyChangedColumns();
    void countsFollowStatus();
    void unknownStatusIsShownVerbatim();
    void notFoundRows();
    void ongoingDurationTicks();
    void rawValueRoleSortsNumerically();
    void removeCallsKeepsLookupConsistent();
    void formatDuration_data();
    void formatDuration();
    void formatAge_data();
    void formatAge();
    void colourIsNeverTheOnlyCue();
    void startedIsLocalTime();
    void recordingCell();
    void staleRowsAreMarked();
    void longOngoingCallIsPossiblyStuck();
    void compareRowsAgreesWithRawValues_data();
    void compareRowsAgreesWithRawValues();
};

void TestCallTableModel::insertsNewRowsInOneSignal()
{
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 50; ++i)
        calls.append(makeCall(QStringLiteral("call_%1").arg(i), CallStatus::Scheduled));
    QCOMPARE(model.upsert(calls), 50);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("call_17")), 17);
    QCOMPARE(model.data(model.index(17, CallTableModel::CallIdColumn)).toString(), QStringLiteral("call_17"));
}

void TestCallTableModel::updatesWithoutReset()
{
    ManualClock clock; // at the calls' start time: nothing is "possibly stuck"
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert({makeCall(QStringLiteral("a"), CallStatus::Scheduled),
                  makeCall(QStringLiteral("b"), CallStatus::Scheduled)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.upsert(makeCall(QStringLiteral("b"), CallStatus::Ongoing)), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    // The status and the duration (which ticks while ongoing) changed; the start time did not.
    const QList<Announced> list = announced(changed);
    QVERIFY(!list.isEmpty());
    for (const Announced &a : list) {
        QCOMPARE(a.top, 1);
        QCOMPARE(a.bottom, 1);
    }
    QVERIFY(covered(list, 1, CallTableModel::StatusColumn));
    QVERIFY(covered(list, 1, CallTableModel::DurationColumn));
    QVERIFY(!covered(list, 1, CallTableModel::StartedColumn));
    QCOMPARE(model.data(model.index(1, CallTableModel::StatusColumn)).toString(), QStringLiteral("Ongoing"));
    // The same answer again changes nothing anyone sees: no signal.
    changed.clear();
    QCOMPARE(model.upsert(makeCall(QStringLiteral("b"), CallStatus::Ongoing)), 1);
    QCOMPARE(changed.count(), 0);
}

void TestCallTableModel::contiguousRangesForFewChanges()
{
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 100; ++i)
        calls.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Scheduled));
    model.upsert(calls);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // rows 10, 11, 12 and 40 (far apart): two ranges of the status column
    model.upsert({makeCall(QStringLiteral("c11"), CallStatus::Ongoing),
                  makeCall(QStringLiteral("c40"), CallStatus::Ongoing),
                  makeCall(QStringLiteral("c10"), CallStatus::Ongoing),
                  makeCall(QStringLiteral("c12"), CallStatus::Ongoing)});
    QList<std::pair<int, int>> statusRanges;
    for (const Announced &a : announced(changed)) {
        if (a.covers(a.top, CallTableModel::StatusColumn))
            statusRanges.append({a.top, a.bottom});
        QVERIFY(a.bottom < 10 + 3 || a.top == 40);
    }
    const QList<std::pair<int, int>> expected{{10, 12}, {40, 40}};
    QCOMPARE(statusRanges, expected);
}

void TestCallTableModel::nearbyChangesShareOneSignal()
{
    // Every 10th of 1,000 rows changes status (scattered, as a batch poll reports them): a few signals
    // spanning the changed rows, not one per row; every changed cell is covered, the start column is not.
    ManualClock clock;
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 1000; ++i)
        calls.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Scheduled));
    model.upsert(calls);
    QList<CallSnapshot> updates;
    for (int i = 5; i < 1000; i += 10)
        updates.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Ongoing));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.upsert(updates), 100);
    QVERIFY2(changed.count() <= 4, qPrintable(QString::number(changed.count())));
    const QList<Announced> list = announced(changed);
    for (int i = 5; i < 1000; i += 10) {
        QVERIFY(covered(list, i, CallTableModel::StatusColumn));
        QVERIFY(covered(list, i, CallTableModel::DurationColumn));
    }
    for (int row = 0; row < 1000; ++row)
        QVERIFY(!covered(list, row, CallTableModel::StartedColumn));
    QVERIFY(!covered(list, 0, CallTableModel::StatusColumn));
    QVERIFY(!covered(list, 999, CallTableModel::StatusColumn));
    QCOMPARE(model.index(995, CallTableModel::StatusColumn).data().toString(), QStringLiteral("Ongoing"));
}

void TestCallTableModel::oneRangeWhenMostRowsChange()
{
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 100; ++i)
        calls.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Scheduled));
    model.upsert(calls);
    QList<CallSnapshot> updates;
    for (int i = 0; i < 100; i += 3)
        updates.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Completed));
    for (int i = 1; i < 100; i += 3)
        updates.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Completed));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert(updates);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 99);
}

void TestCallTableModel::mixedChangesInReverseOrder()
{
    // Three kinds of change (status, error, start time) interleaved and handed over newest row first:
    // each changed cell is announced, the start column only for rows whose start moved, and no range
    // reaches rows far from any change of its kind.
    ManualClock clock;
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 600; ++i)
        calls.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Ongoing));
    model.upsert(calls);
    QList<CallSnapshot> updates;
    QList<int> statusRows, errorRows, startRows;
    for (int i = 560; i >= 0; i -= 40) {
        CallSnapshot call = calls.at(i);
        switch ((i / 40) % 3) {
        case 0:
            call.status = CallStatus::Completed;
            call.statusText = QStringLiteral("COMPLETED");
            statusRows.append(i);
            break;
        case 1:
            call.error = QStringLiteral("BUSY");
            errorRows.append(i);
            break;
        default:
            call.startTime = call.startTime.addSecs(-60);
            startRows.append(i);
            break;
        }
        updates.append(call);
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.upsert(updates), int(updates.size()));
    const QList<Announced> list = announced(changed);
    for (int row : std::as_const(statusRows))
        QVERIFY(covered(list, row, CallTableModel::StatusColumn) &&
                covered(list, row, CallTableModel::DurationColumn));
    for (int row : std::as_const(errorRows))
        QVERIFY(covered(list, row, CallTableModel::ErrorColumn));
    for (int row : std::as_const(startRows))
        QVERIFY(covered(list, row, CallTableModel::StartedColumn));
    for (int row = 0; row < 600; ++row) {
        if (!startRows.contains(row))
            QVERIFY2(!covered(list, row, CallTableModel::StartedColumn), qPrintable(QString::number(row)));
        if (!statusRows.contains(row) && !startRows.contains(row))
            QVERIFY2(!covered(list, row, CallTableModel::StatusColumn), qPrintable(QString::number(row)));
    }
    QVERIFY(!model.index(40, CallTableModel::ErrorColumn).data().toString().isEmpty());
    QVERIFY(model.index(80, CallTableModel::ErrorColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, CallTableModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
}

void TestCallTableModel::rowHintsAreCheckedNotTrusted()
{
    // The tracker hands over the row it found for each call; a hint that is wrong, out of range or
    // missing must still update the call's own row, and a new call is still appended once.
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(makeCall(QStringLiteral("c%1").arg(i), CallStatus::Scheduled));
    model.upsert(calls);
    QList<CallSnapshot> updates{makeCall(QStringLiteral("c1"), CallStatus::Ongoing),    // right hint
                                makeCall(QStringLiteral("c2"), CallStatus::Completed),  // another call's row
                                makeCall(QStringLiteral("c3"), CallStatus::Missed),     // out of range
                                makeCall(QStringLiteral("c4"), CallStatus::Failed),     // no hint (-1)
                                makeCall(QStringLiteral("new"), CallStatus::Scheduled), // a new call
                                makeCall(QStringLiteral("c0"), CallStatus::Ongoing)};   // hint list too short
    const QList<int> hints{1, 0, 99, -1, -1};
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.upsert(std::move(updates), hints), 6);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    const QList<std::pair<QString, CallStatus>> expected{
        {QStringLiteral("c0"), CallStatus::Ongoing},   {QStringLiteral("c1"), CallStatus::Ongoing},
        {QStringLiteral("c2"), CallStatus::Completed}, {QStringLiteral("c3"), CallStatus::Missed},
        {QStringLiteral("c4"), CallStatus::Failed},    {QStringLiteral("new"), CallStatus::Scheduled}};
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.snapshotAt(row).callId, expected.at(row).first);
        QCOMPARE(model.snapshotAt(row).status, expected.at(row).second);
        QCOMPARE(model.rowOf(expected.at(row).first), row);
    }
    QCOMPARE(model.count(CallStatus::Scheduled), 1);
    QCOMPARE(model.count(CallStatus::Ongoing), 2);
}

void TestCallTableModel::announcesOnlyChangedColumns_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QList<int>>("columns"); // the columns that must be announced, and only these...
    QTest::addColumn<bool>("exact");         // ...unless the span may include columns between them
    using M = CallTableModel;
    QTest::newRow("status") << 0 << QList<int>{M::StatusColumn, M::DurationColumn} << true;
    QTest::newRow("start time") << 1 << QList<int>{M::StatusColumn, M::StartedColumn, M::DurationColumn}
                                << false;
    QTest::newRow("duration") << 2 << QList<int>{M::DurationColumn} << true;
    QTest::newRow("error") << 3 << QList<int>{M::ErrorColumn} << true;
    QTest::newRow("recording") << 4 << QList<int>{M::RecordingColumn} << true;
    QTest::newRow("received") << 5 << QList<int>{M::LastUpdateColumn} << true;
    QTest::newRow("contact name") << 6 << QList<int>{M::ContactColumn} << true;
    QTest::newRow("phone") << 7 << QList<int>{M::PhoneColumn} << true;
    QTest::newRow("source") << 8 << QList<int>{M::SourceColumn} << true;
    // No column shows these; the detail pane does, and it follows dataChanged.
    QTest::newRow("summary") << 9 << QList<int>{M::CallIdColumn} << true;
    QTest::newRow("transcript") << 10 << QList<int>{M::CallIdColumn} << true;
    QTest::newRow("nothing") << 11 << QList<int>{} << true;
}

void TestCallTableModel::announcesOnlyChangedColumns()
{
    QFETCH(int, field);
    QFETCH(QList<int>, columns);
    QFETCH(bool, exact);
    ManualClock clock;
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallSnapshot call = makeCall(QStringLiteral("x"), CallStatus::Ongoing);
    call.receivedAt = clock.now();
    call.source = SnapshotSource::LiveStatus;
    model.upsert({makeCall(QStringLiteral("before"), CallStatus::Scheduled), call,
                  makeCall(QStringLiteral("after"), CallStatus::Scheduled)});
    switch (field) {
    case 0:
        call.status = CallStatus::Completed;
        call.statusText = QStringLiteral("COMPLETED");
        break;
    case 1:
        call.startTime = call.startTime.addSecs(-30);
        break;
    case 2:
        call.duration = 42;
        break;
    case 3:
        call.error = QStringLiteral("BUSY");
        break;
    case 4:
        call.recordingUrl = QUrl(QStringLiteral("https://recordings.example/x.mp3"));
        break;
    case 5:
        call.receivedAt = call.receivedAt.addSecs(5);
        break;
    case 6:
        call.contactName = QStringLiteral("Ada");
        break;
    case 7:
        call.phoneNumber = QStringLiteral("+15557654321");
        break;
    case 8:
        call.source = SnapshotSource::Webhook;
        break;
    case 9:
        call.summary = QStringLiteral("Agreed to call back.");
        break;
    case 10:
        call.transcript = {{QStringLiteral("assistant"), QStringLiteral("Hello")}};
        break;
    default:
        break;
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.upsert(call), 1);
    const QList<Announced> list = announced(changed);
    QList<int> seen;
    for (int column = 0; column < CallTableModel::ColumnCount; ++column) {
        if (covered(list, 1, column))
            seen.append(column);
    }
    if (exact) {
        QCOMPARE(seen, columns);
    } else {
        for (int column : std::as_const(columns))
            QVERIFY2(seen.contains(column), qPrintable(QString::number(column)));
    }
    for (const Announced &a : list) {
        QCOMPARE(a.top, 1);
        QCOMPARE(a.bottom, 1);
    }
}

void TestCallTableModel::countsFollowStatus()
{
    CallTableModel model;
    QSignalSpy counts(&model, &CallTableModel::countsChanged);
    model.upsert({makeCall(QStringLiteral("a"), CallStatus::Scheduled),
                  makeCall(QStringLiteral("b"), CallStatus::Ongoing),
                  makeCall(QStringLiteral("c"), CallStatus::Ongoing)});
    QCOMPARE(model.count(CallStatus::Ongoing), 2);
    QCOMPARE(model.count(CallStatus::Scheduled), 1);
    model.upsert(makeCall(QStringLiteral("b"), CallStatus::Completed));
    QCOMPARE(model.count(CallStatus::Ongoing), 1);
    QCOMPARE(model.count(CallStatus::Completed), 1);
    model.removeCalls({QStringLiteral("c")});
    QCOMPARE(model.count(CallStatus::Ongoing), 0);
    QCOMPARE(counts.count(), 3);
    // Same status again: no count signal.
    model.upsert(makeCall(QStringLiteral("a"), CallStatus::Scheduled));
    QCOMPARE(counts.count(), 3);
}

void TestCallTableModel::unknownStatusIsShownVerbatim()
{
    CallTableModel model;
    CallSnapshot call = makeCall(QStringLiteral("v"), CallStatus::Unknown);
    call.statusText = QStringLiteral("VOICEMAIL");
    model.upsert(call);
    QCOMPARE(model.data(model.index(0, CallTableModel::StatusColumn)).toString(),
             QStringLiteral("VOICEMAIL"));
    QVERIFY(model.data(model.index(0, CallTableModel::StatusColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("VOICEMAIL")));
    QCOMPARE(model.count(CallStatus::Unknown), 1);
}

void TestCallTableModel::notFoundRows()
{
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.addPlaceholder(QStringLiteral("ghost")));
    QVERIFY(!model.addPlaceholder(QStringLiteral("ghost")));
    QCOMPARE(model.data(model.index(0, CallTableModel::StatusColumn)).toString(),
             QStringLiteral("Checking…"));
    model.setNotFound({QStringLiteral("ghost")}, true);
    QCOMPARE(model.data(model.index(0, CallTableModel::StatusColumn)).toString(),
             QStringLiteral("Not found"));
    QCOMPARE(model.notFoundCount(), 1);
    // A real answer clears it.
    model.upsert(makeCall(QStringLiteral("ghost"), CallStatus::Scheduled));
    QCOMPARE(model.notFoundCount(), 0);
    QCOMPARE(model.data(model.index(0, CallTableModel::StatusColumn)).toString(),
             QStringLiteral("Scheduled"));
}

void TestCallTableModel::ongoingDurationTicks()
{
    ManualClock clock;
    CallTableModel model(clock);
    CallSnapshot call =
        makeCall(QStringLiteral("live"), CallStatus::Ongoing, clock.now().toMSecsSinceEpoch());
    call.receivedAt = clock.now();
    model.upsert(call);
    const QModelIndex duration = model.index(0, CallTableModel::DurationColumn);
    QCOMPARE(duration.data().toString(), QStringLiteral("0:00"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(65'000);
    model.tick();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(duration.data().toString(), QStringLiteral("1:05"));
    QCOMPARE(duration.data(CallTableModel::RawValueRole).toLongLong(), 65);
    QCOMPARE(model.index(0, CallTableModel::LastUpdateColumn).data().toString(), QStringLiteral("1 min ago"));
    // Ended: the reported duration stands, no more ticking.
    call.status = CallStatus::Completed;
    call.duration = 61;
    model.upsert(call);
    clock.advance(600'000);
    QCOMPARE(duration.data().toString(), QStringLiteral("1:01"));
}

void TestCallTableModel::rawValueRoleSortsNumerically()
{
    CallTableModel model;
    CallSnapshot a = makeCall(QStringLiteral("a"), CallStatus::Completed);
    a.duration = 9;
    CallSnapshot b = makeCall(QStringLiteral("b"), CallStatus::Completed);
    b.duration = 10;
    model.upsert({a, b});
    // As text "9:.." > "10"; raw values order correctly.
    QVERIFY(model.index(0, CallTableModel::DurationColumn).data(CallTableModel::RawValueRole).toLongLong() <
            model.index(1, CallTableModel::DurationColumn).data(CallTableModel::RawValueRole).toLongLong());
    QVERIFY(model.index(0, CallTableModel::StartedColumn).data(CallTableModel::RawValueRole).toLongLong() >
            0);
}

void TestCallTableModel::removeCallsKeepsLookupConsistent()
{
    CallTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallSnapshot> calls;
    for (int i = 0; i < 10; ++i)
        calls.append(makeCall(QStringLiteral("r%1").arg(i), CallStatus::Scheduled));
    model.upsert(calls);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.removeCalls(
                 {QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r7"), QStringLiteral("nope")}),
             3);
    QCOMPARE(removed.count(), 2); // runs 2..3 and 7
    QCOMPARE(model.rowCount(), 7);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.snapshotAt(row).callId), row);
    QVERIFY(!model.contains(QStringLiteral("r7")));
    QCOMPARE(model.count(CallStatus::Scheduled), 7);
}

void TestCallTableModel::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("0:59");
    QTest::newRow("minutes") << qint64(180) << QStringLiteral("3:00");
    QTest::newRow("hours") << qint64(3723) << QStringLiteral("1:02:03");
}

void TestCallTableModel::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(CallTableModel::formatDuration(seconds), expected);
}

void TestCallTableModel::formatAge_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(2) << QStringLiteral("just now");
    QTest::newRow("s") << qint64(42) << QStringLiteral("42 s ago");
    QTest::newRow("min") << qint64(300) << QStringLiteral("5 min ago");
    QTest::newRow("h") << qint64(7200) << QStringLiteral("2 h ago");
    QTest::newRow("d") << qint64(200000) << QStringLiteral("2 d ago");
}

void TestCallTableModel::formatAge()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(CallTableModel::formatAge(seconds), expected);
}

void TestCallTableModel::colourIsNeverTheOnlyCue()
{
    CallTableModel model;
    QList<CallSnapshot> calls;
    const QList<CallStatus> statuses = {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                                        CallStatus::Missed, CallStatus::Failed};
    for (CallStatus status : statuses)
        calls.append(makeCall(callStatusToString(status), status));
    model.upsert(calls);
    QSet<QString> labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CallTableModel::StatusColumn);
        labels.insert(index.data().toString());
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), "every status has an icon");
        QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
    }
    QCOMPARE(labels.size(), statuses.size());
    // Shapes differ, not only colours: render each icon in black and compare the masks.
    QSet<QByteArray> masks;
    for (int row = 0; row < model.rowCount(); ++row) {
        QImage image = model.index(row, CallTableModel::StatusColumn)
                           .data(Qt::DecorationRole)
                           .value<QIcon>()
                           .pixmap(24, 24)
                           .toImage()
                           .convertToFormat(QImage::Format_Alpha8);
        masks.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), int(image.sizeInBytes())));
    }
    QCOMPARE(masks.size(), statuses.size());
}

void TestCallTableModel::startedIsLocalTime()
{
    ManualClock clock(QDateTime(QDate(2025, 11, 15), QTime(12, 0)).toUTC());
    CallTableModel model(clock);
    const QDateTime todayLocal(QDate(2025, 11, 15), QTime(9, 5, 7));
    const QDateTime earlierLocal(QDate(2025, 11, 12), QTime(18, 30, 0));
    CallSnapshot today = makeCall(QStringLiteral("t"), CallStatus::Completed, todayLocal.toMSecsSinceEpoch());
    CallSnapshot earlier =
        makeCall(QStringLiteral("e"), CallStatus::Completed, earlierLocal.toMSecsSinceEpoch());
    CallSnapshot unknown = makeCall(QStringLiteral("u"), CallStatus::Scheduled);
    unknown.startTime = QDateTime();
    model.upsert({today, earlier, unknown});
    QCOMPARE(model.index(0, CallTableModel::StartedColumn).data().toString(), QStringLiteral("09:05:07"));
    const QString older = model.index(1, CallTableModel::StartedColumn).data().toString();
    QVERIFY2(older.endsWith(QStringLiteral("18:30")), qPrintable(older));
    QVERIFY2(older.contains(QStringLiteral("12")), qPrintable(older)); // the day of the month
    QCOMPARE(model.index(2, CallTableModel::StartedColumn).data().toString(), QString());
    QCOMPARE(model.index(2, CallTableModel::StartedColumn).data(CallTableModel::RawValueRole).toLongLong(),
             -1);
}

void TestCallTableModel::recordingCell()
{
    CallTableModel model;
    CallSnapshot with = makeCall(QStringLiteral("w"), CallStatus::Completed);
    with.recordingUrl = QUrl(QStringLiteral("https://recordings.example/w.mp3"));
    model.upsert({with, makeCall(QStringLiteral("n"), CallStatus::Completed)});
    const QModelIndex yes = model.index(0, CallTableModel::RecordingColumn);
    const QModelIndex no = model.index(1, CallTableModel::RecordingColumn);
    QVERIFY(!yes.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(no.data(Qt::DecorationRole).isNull());
    QCOMPARE(yes.data(Qt::ToolTipRole).toString(), QStringLiteral("https://recordings.example/w.mp3"));
    QCOMPARE(yes.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Recording available"));
    QCOMPARE(no.data(Qt::AccessibleTextRole).toString(), QStringLiteral("No recording"));
    QVERIFY(yes.data(CallTableModel::RawValueRole).toInt() > no.data(CallTableModel::RawValueRole).toInt());
}

void TestCallTableModel::staleRowsAreMarked()
{
    ManualClock clock;
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallSnapshot a = makeCall(QStringLiteral("a"), CallStatus::Ongoing);
    a.receivedAt = clock.now();
    CallSnapshot b = makeCall(QStringLiteral("b"), CallStatus::Ongoing);
    b.receivedAt = clock.now();
    model.upsert({a, b});
    clock.advance(20'000);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStale({QStringLiteral("b")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(model.isStale(QStringLiteral("b")));
    QCOMPARE(model.index(1, CallTableModel::LastUpdateColumn).data().toString(),
             QStringLiteral("20 s ago · stale"));
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(0, CallTableModel::LastUpdateColumn).data().toString(), QStringLiteral("20 s ago"));
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    model.setStale({QStringLiteral("b")}); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    model.setStale({});
    QVERIFY(!model.isStale(QStringLiteral("b")));
    QCOMPARE(changed.count(), 2);
}

void TestCallTableModel::longOngoingCallIsPossiblyStuck()
{
    ManualClock clock;
    CallTableModel model(clock);
    model.upsert(makeCall(QStringLiteral("long"), CallStatus::Ongoing, clock.now().toMSecsSinceEpoch()));
    const QModelIndex status = model.index(0, CallTableModel::StatusColumn);
    clock.advance(1'799'000);
    QCOMPARE(status.data().toString(), QStringLiteral("Ongoing"));
    clock.advance(2'000);
    QCOMPARE(status.data().toString(), QStringLiteral("Ongoing — possibly stuck"));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("30 minutes")));
    model.setMaxCallDuration(3600);
    QCOMPARE(status.data().toString(), QStringLiteral("Ongoing"));
}

void TestCallTableModel::compareRowsAgreesWithRawValues_data()
{
    QTest::addColumn<int>("column");
    for (int column : {int(CallTableModel::StatusColumn), int(CallTableModel::StartedColumn),
                       int(CallTableModel::DurationColumn), int(CallTableModel::RecordingColumn),
                       int(CallTableModel::LastUpdateColumn)})
        QTest::newRow(qPrintable(CallTableModel().headerData(column, Qt::Horizontal).toString())) << column;
}

void TestCallTableModel::compareRowsAgreesWithRawValues()
{
    QFETCH(int, column);
    ManualClock clock;
    CallTableModel model(clock);
    QList<CallSnapshot> calls;
    const CallStatus statuses[] = {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                                   CallStatus::Missed,    CallStatus::Failed,  CallStatus::Unknown};
    for (int i = 0; i < 24; ++i) {
        CallSnapshot call = makeCall(QStringLiteral("c%1").arg(i), statuses[i % 6],
                                     clock.now().toMSecsSinceEpoch() - (i * 7919 % 600) * 1000);
        if (i % 4 == 0)
            call.startTime = QDateTime();
        if (i % 3 == 0)
            call.duration = (i * 37) % 200;
        if (i % 5 == 0)
            call.recordingUrl = QUrl(QStringLiteral("https://r.example/%1.mp3").arg(i));
        if (i % 2 == 0)
            call.receivedAt = clock.now().addSecs(-i);
        calls.append(call);
    }
    model.upsert(calls);
    for (int a = 0; a < model.rowCount(); ++a) {
        for (int b = 0; b < model.rowCount(); ++b) {
            const QVariant x = model.index(a, column).data(CallTableModel::RawValueRole);
            const QVariant y = model.index(b, column).data(CallTableModel::RawValueRole);
            const QPartialOrdering order = QVariant::compare(x, y);
            const int expected = order == QPartialOrdering::Less      ? -1
                                 : order == QPartialOrdering::Greater ? 1
                                                                      : 0;
            const int actual = model.compareRows(a, b, column);
            QCOMPARE((actual > 0) - (actual < 0), expected);
        }
    }
}

QTEST_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
