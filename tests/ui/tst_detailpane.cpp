#include "testsupport.h"

#include "callsnapshot.h"
#include "clock.h"
#include "detailpane.h"
#include "historystore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>

using namespace cw;

namespace {

// 2025-11-15 15:00:00 UTC: "now" for every test.
const QDateTime kNow(QDate(2025, 11, 15), QTime(15, 0, 0), QTimeZone::utc());

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << s(item);
    return out;
}

CallSnapshot baseCall(const QString &id, const QString &status)
{
    CallSnapshot call;
    call.callId = id;
    call.statusText = status;
    call.status = callStatusFromString(status);
    call.phoneNumber = QStringLiteral("+15550000001");
    call.source = SnapshotSource::LiveStatus;
    call.receivedAt = kNow.addSecs(-42);
    return call;
}

CallSnapshot completedCall()
{
    CallSnapshot call = baseCall(QStringLiteral("call_123"), QStringLiteral("COMPLETED"));
    call.startTime = kNow.addSecs(-600);
    call.endTime = call.startTime.addSecs(205);
    call.phoneNumber = QStringLiteral("+15551234567");
    call.contactId = QStringLiteral("contact_456");
    call.contactName = QStringLiteral("Jane Doe");
    call.batchId = QStringLiteral("batch_789");
    call.agent = QStringLiteral("Sophie");
    call.direction = QStringLiteral("OUTBOUND");
    call.duration = 205;
    call.recordingUrl = QUrl(QStringLiteral("https://cdn.dialgen.ai/recordings/2025/11/call_123.mp3"));
    call.transcript = {
        {QStringLiteral("assistant"),
         QStringLiteral("Hello, this is Sophie from Acme Dental. Am I speaking with "
                        "Jane?")},
        {QStringLiteral("user"), QStringLiteral("Yes, speaking.")},
        {QStringLiteral("assistant"), QStringLiteral("I'm calling to confirm your cleaning appointment on "
                                                     "Thursday at 10am. Does that still work for you?")},
        {QStringLiteral("user"),
         QStringLiteral("Actually, could we move it to the afternoon? Mornings are hard "
                        "this week.")},
        {QStringLiteral("assistant"),
         QStringLiteral("Of course. I'll ask the front desk to call you back with "
                        "an afternoon slot.")},
        {QStringLiteral("user"), QStringLiteral("Great, thanks!")},
    };
    call.summary = QStringLiteral("Jane confirmed she still wants the cleaning but asked to move it to an "
                                  "afternoon slot this week. The front desk will call her back.");
    QJsonObject metrics;
    metrics.insert(QStringLiteral("intent"), QStringLiteral("reschedule_appointment"));
    metrics.insert(QStringLiteral("sentiment"), QStringLiteral("positive"));
    metrics.insert(QStringLiteral("confidence"), 0.87);
    metrics.insert(QStringLiteral("keyPoints"), QJsonArray{QStringLiteral("Customer wants a callback"),
                                                           QStringLiteral("Prefers afternoons")});
    metrics.insert(QStringLiteral("actionItems"), QJsonArray{QStringLiteral("Front desk: offer an afternoon "
                                                                            "slot")});
    metrics.insert(QStringLiteral("callStatus"), QStringLiteral("completed"));
    metrics.insert(QStringLiteral("satisfactionScore"), 4);
    call.metrics = metrics;
    call.source = SnapshotSource::Webhook;
    return call;
}

QList<HistoryStore::Transition> sampleTimeline(const QString &id)
{
    const auto t = [&id](int minutesAgo, int attempt, const char *source, CallStatus status,
                         const char *error = "") {
        HistoryStore::Transition transition;
        transition.callId = id;
        transition.at = kNow.addSecs(-60 * minutesAgo);
        transition.attempt = attempt;
        transition.source = s(source);
        transition.status = status;
        transition.error = s(error);
        return transition;
    };
    // Deliberately not in attempt order: the pane groups them.
    return {
        t(20, 2, "lookup", CallStatus::Scheduled),       t(75, 1, "poll", CallStatus::Scheduled),
        t(70, 1, "poll", CallStatus::Ongoing),           t(10, 2, "poll", CallStatus::Ongoing),
        t(69, 1, "webhook", CallStatus::Failed, "BUSY"), t(6, 2, "webhook", CallStatus::Completed),
    };
}

// Every text the pane shows right now (visible labels, line edits, buttons).
QString visibleText(const QWidget *root)
{
    QStringList parts;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisibleTo(root))
            parts << label->text();
    }
    const auto edits = root->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        if (edit->isVisibleTo(root))
            parts << edit->text();
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(root))
            parts << button->text();
    }
    return parts.join(QLatin1Char('\n'));
}

template<typename T>
T *child(const QWidget &root, const char *name)
{
    return root.findChild<T *>(s(name));
}

// Visible children of a type and name, top to bottom as laid out.
template<typename T>
QList<T *> inVisualOrder(const QWidget &root, const char *name)
{
    QList<T *> found;
    const auto all = root.findChildren<T *>(s(name));
    for (T *widget : all) {
        if (widget->isVisibleTo(&root))
            found << widget;
    }
    std::stable_sort(found.begin(), found.end(), [&root](const QWidget *a, const QWidget *b) {
        return a->mapTo(&root, QPoint()).y() < b->mapTo(&root, QPoint()).y();
    });
    return found;
}

QStringList texts(const QList<QLabel *> &labels)
{
    QStringList out;
    for (const QLabel *label : labels)
        out << label->text();
    return out;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor button(0x30, 0x32, 0x36);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, button.lighter(140));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    return p;
}

// Makes the pane tall enough to show all of its content, for a screenshot.
void fitHeight(DetailPane &pane)
{
    auto *scroll = child<QScrollArea>(pane, "detailScroll");
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QWidget *content = scroll->widget();
        const int needed = content->hasHeightForWidth() ? content->heightForWidth(scroll->viewport()->width())
                                                        : content->sizeHint().height();
        const int extra = needed - scroll->viewport()->height();
        if (extra == 0)
            break;
        pane.resize(pane.width(), pane.height() + extra);
    }
    QCoreApplication::processEvents();
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateUntilACallIsSet();
    void showsEachStatus_data();
    void showsEachStatus();
    void showsEveryKnownField();
    void unknownFieldsAreDashesNeverNull();
    void transcriptIsPlainTextAndSpeakerStyled();
    void metricsShownWithOtherKeysGenerically();
    void recordingWarningOnlyPast90Days_data();
    void recordingWarningOnlyPast90Days();
    void opensOnlyHttpsRecordings_data();
    void opensOnlyHttpsRecordings();
    void copyActionsFillTheClipboard();
    void actionsSignalTheCallId();
    void shortcutsWorkInsideThePane();
    void timelineGroupedByAttempt();
    void newerSnapshotKeepsScrollPosition();
    void followsThePalette();
    void fitsItsMinimumWidth();
    void screenshots();
};

void TestDetailPane::emptyStateUntilACallIsSet()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    QVERIFY(pane.minimumWidth() >= 320);
    auto *empty = child<QLabel>(pane, "detailEmptyState");
    QVERIFY(empty);
    QVERIFY(empty->isVisibleTo(&pane));
    QCOMPARE(empty->text(), QStringLiteral("Select a call to see its details"));
    QVERIFY(!pane.hasCall());
    QVERIFY(!pane.refreshAction()->isEnabled());
    QVERIFY(!pane.copyJsonAction()->isEnabled());

    pane.setCall(completedCall());
    QVERIFY(!empty->isVisibleTo(&pane));
    QVERIFY(child<QScrollArea>(pane, "detailScroll")->isVisibleTo(&pane));
    QVERIFY(pane.refreshAction()->isEnabled());
    QCOMPARE(pane.callId(), QStringLiteral("call_123"));

    pane.clear();
    QVERIFY(empty->isVisibleTo(&pane));
    QVERIFY(!pane.hasCall());
    QVERIFY(pane.callId().isEmpty());
    QVERIFY(!pane.copyIdAction()->isEnabled());

    // A snapshot without an id cannot be acted on: the empty state again.
    pane.setCall(CallSnapshot{});
    QVERIFY(empty->isVisibleTo(&pane));
}

void TestDetailPane::showsEachStatus_data()
{
    QTest::addColumn<CallSnapshot>("call");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<bool>("errorShown");
    QTest::addColumn<bool>("transcriptPlaceholder");

    const QStringList never = list({"null", "NULL"});

    CallSnapshot scheduled = baseCall(QStringLiteral("call_sched"), QStringLiteral("SCHEDULED"));
    QTest::newRow("SCHEDULED") << scheduled << s("Scheduled")
                               << list({"call_sched", "+15550000001",
                                        "No transcript: Dialgen provides one for completed calls",
                                        "No recording yet"})
                               << never + list({"Retry", "Dialgen sent:"}) << false << true;

    CallSnapshot ongoing = baseCall(QStringLiteral("call_live"), QStringLiteral("ONGOING"));
    ongoing.startTime = kNow.addSecs(-65);
    QTest::newRow("ONGOING") << ongoing << s("Ongoing") << list({"1:05 so far", "No transcript"})
                             << never + list({"Play recording"}) << false << true;

    QTest::newRow("COMPLETED with everything")
        << completedCall() << s("Completed")
        << list({"3:25", "Jane Doe (contact_456)", "Yes, speaking.", "Customer wants a callback", "Positive",
                 "87%", "Play recording", "Copy link", "afternoon slot this week"})
        << never + list({"No transcript", "No summary", "No metrics", "No recording"}) << false << false;

    CallSnapshot missed = baseCall(QStringLiteral("call_missed"), QStringLiteral("MISSED"));
    missed.startTime = kNow.addSecs(-300);
    missed.error = QStringLiteral("Call was not answered");
    QTest::newRow("MISSED with NO_ANSWER prose")
        << missed << s("Missed")
        << list({"NO_ANSWER \u2014 No answer", "Dialgen sent: \u201cCall was not answered\u201d",
                 "nobody answered", "no-answer delay (1 hour by default)"})
        << never + list({"does not retry", "busy delay"}) << true << true;

    CallSnapshot failed = baseCall(QStringLiteral("call_failed"), QStringLiteral("FAILED"));
    failed.error = QStringLiteral("INVALID_NUMBER");
    QTest::newRow("FAILED with INVALID_NUMBER")
        << failed << s("Failed")
        << list({"INVALID_NUMBER \u2014 Invalid number", "Dialgen does not retry this call.",
                 "Check the contact's number"})
        << never + list({"Dialgen sent:", "no-answer delay"}) << true << true;

    CallSnapshot busy = baseCall(QStringLiteral("call_busy"), QStringLiteral("FAILED"));
    busy.error = QStringLiteral("busy");
    QTest::newRow("FAILED with busy, lower case")
        << busy << s("Failed")
        << list({"BUSY \u2014 Line busy", "Dialgen sent: \u201cbusy\u201d", "busy delay"}) << never << true
        << true;

    CallSnapshot strange = baseCall(QStringLiteral("call_odd"), QStringLiteral("FAILED"));
    strange.error = QStringLiteral("SIP 488 Not Acceptable Here");
    QTest::newRow("FAILED with unknown prose")
        << strange << s("Failed")
        << list({"SIP 488 Not Acceptable Here", "does not recognise", "may or may not retry"})
        << never + list({"Dialgen sent:"}) << true << true;

    CallSnapshot voicemail = baseCall(QStringLiteral("call_vm"), QStringLiteral("VOICEMAIL"));
    QTest::newRow("unknown status VOICEMAIL")
        << voicemail << s("VOICEMAIL") << list({"call_vm"}) << never + list({"Checking"}) << false << true;
}

void TestDetailPane::showsEachStatus()
{
    QFETCH(CallSnapshot, call);
    QFETCH(QString, statusText);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(bool, errorShown);
    QFETCH(bool, transcriptPlaceholder);

    ManualClock clock(kNow);
    DetailPane pane(clock);
    pane.setCall(call);
    QCOMPARE(child<QLabel>(pane, "statusLabel")->text(), statusText);
    QVERIFY(child<QLabel>(pane, "statusLabel")->accessibleName().contains(statusText));
    QCOMPARE(child<QLineEdit>(pane, "callIdField")->text(), call.callId);
    QCOMPARE(child<QWidget>(pane, "errorSection")->isVisibleTo(&pane), errorShown);
    QCOMPARE(child<QLabel>(pane, "transcriptPlaceholder")->isVisibleTo(&pane), transcriptPlaceholder);
    QCOMPARE(!pane.findChildren<QLabel *>(QStringLiteral("transcriptText")).isEmpty(),
             !transcriptPlaceholder);

    const QString shown = visibleText(&pane);
    for (const QString &text : std::as_const(present))
        QVERIFY2(shown.contains(text), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, shown)));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!shown.contains(text),
                 qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(text, shown)));
}

void TestDetailPane::showsEveryKnownField()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    const CallSnapshot call = completedCall();
    pane.setCall(call);

    auto *id = child<QLineEdit>(pane, "callIdField");
    QCOMPARE(id->text(), QStringLiteral("call_123"));
    QVERIFY(id->isReadOnly()); // selectable, not editable
    QCOMPARE(child<QLabel>(pane, "phoneValue")->text(), QStringLiteral("+15551234567"));
    QCOMPARE(child<QLabel>(pane, "contactValue")->text(), QStringLiteral("Jane Doe (contact_456)"));
    QCOMPARE(child<QLabel>(pane, "batchValue")->text(), QStringLiteral("batch_789"));
    QCOMPARE(child<QLabel>(pane, "agentValue")->text(), QStringLiteral("Sophie"));
    QCOMPARE(child<QLabel>(pane, "directionValue")->text(), QStringLiteral("Outbound"));
    QCOMPARE(child<QLabel>(pane, "durationValue")->text(), QStringLiteral("3:25"));
    QCOMPARE(child<QLabel>(pane, "sourceValue")->text(), QStringLiteral("Webhook"));
    // The age wraps as one piece (non-breaking spaces).
    QVERIFY(child<QLabel>(pane, "lastUpdateValue")->text().contains(QStringLiteral("42\u00a0s\u00a0ago")));
    QVERIFY(child<QLabel>(pane, "headerAge")->text().contains(QStringLiteral("42 s ago")));

    // Local time shown, the UTC ISO value in the tooltip.
    auto *started = child<QLabel>(pane, "startedValue");
    const QString localStart = call.startTime.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(started->text().contains(localStart), qPrintable(started->text()));
    QVERIFY2(started->toolTip().contains(QStringLiteral("2025-11-15T14:50:00.000Z")),
             qPrintable(started->toolTip()));
    auto *ended = child<QLabel>(pane, "endedValue");
    QVERIFY(ended->isVisibleTo(&pane));
    QVERIFY(ended->toolTip().contains(QStringLiteral("2025-11-15T14:53:25.000Z")));
    QVERIFY(started->accessibleName().startsWith(QStringLiteral("Started: ")));

    // The recording link is offered, with when Dialgen will delete it.
    QVERIFY(child<QPushButton>(pane, "playRecordingButton")->isVisibleTo(&pane));
    QCOMPARE(child<QLabel>(pane, "recordingUrl")->toolTip(), call.recordingUrl.toDisplayString());
    QVERIFY(child<QLabel>(pane, "recordingExpiry")->isVisibleTo(&pane));
    QVERIFY(!child<QLabel>(pane, "recordingWarning")->isVisibleTo(&pane));
    QVERIFY(!child<QLabel>(pane, "recordingInsecureWarning")->isVisibleTo(&pane));

    // An ongoing call's duration ticks with the clock.
    CallSnapshot ongoing = baseCall(QStringLiteral("call_live"), QStringLiteral("ONGOING"));
    ongoing.startTime = kNow.addSecs(-10);
    pane.setCall(ongoing);
    QCOMPARE(child<QLabel>(pane, "durationValue")->text(), QStringLiteral("0:10 so far"));
    clock.advance(65'000);
    pane.updateTimes();
    QCOMPARE(child<QLabel>(pane, "durationValue")->text(), QStringLiteral("1:15 so far"));
}

void TestDetailPane::unknownFieldsAreDashesNeverNull()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    CallSnapshot call;
    call.callId = QStringLiteral("clx0abc");
    call.status = CallStatus::Scheduled;
    pane.setCall(call);

    const QString dash(QChar(0x2014));
    for (const char *name : {"phoneValue", "contactValue", "batchValue", "startedValue", "durationValue",
                             "lastUpdateValue", "sourceValue"}) {
        auto *label = child<QLabel>(pane, name);
        QVERIFY2(label, name);
        QCOMPARE(label->text(), dash);
        QVERIFY(label->isVisibleTo(&pane));
    }
    // Rarely sent fields are hidden rather than dashed.
    for (const char *name : {"agentValue", "directionValue", "endedValue"})
        QVERIFY2(!child<QLabel>(pane, name)->isVisibleTo(&pane), name);
    QVERIFY(!child<QWidget>(pane, "errorSection")->isVisibleTo(&pane));
    QVERIFY(!child<QLabel>(pane, "subtitle")->isVisibleTo(&pane));
    QVERIFY(!visibleText(&pane).contains(QStringLiteral("null"), Qt::CaseInsensitive));
    // Nothing of the conversation yet: one placeholder (in the transcript section), not three.
    QVERIFY(!child<QWidget>(pane, "summarySection")->isVisibleTo(&pane));
    QVERIFY(!child<QWidget>(pane, "metricsSection")->isVisibleTo(&pane));
    QCOMPARE(child<QLabel>(pane, "transcriptPlaceholder")->text(),
             QStringLiteral(
                 "No transcript: Dialgen provides one for completed calls, with a summary and metrics."));
}

void TestDetailPane::transcriptIsPlainTextAndSpeakerStyled()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    CallSnapshot call = completedCall();
    call.transcript = {
        {QStringLiteral("assistant"), QStringLiteral("<b>hi</b>")},
        {QStringLiteral("user"),
         QStringLiteral("<img src=x onerror=alert(1)> &amp; <a href='https://evil'>x</a>")},
        {QStringLiteral("system"), QStringLiteral("Call transferred")},
    };
    pane.resize(460, 900);
    pane.setCall(call);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    const QList<QLabel *> lines = inVisualOrder<QLabel>(pane, "transcriptText");
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i)->textFormat(), Qt::PlainText);
        QCOMPARE(lines.at(i)->text(),
                 call.transcript.at(i).content); // shown literally, angle brackets and all
    }
    QVERIFY(lines.at(0)->text().contains(QStringLiteral("<b>")));
    QCOMPARE(texts(inVisualOrder<QLabel>(pane, "transcriptSpeaker")), list({"Agent", "Contact", "system"}));
    QVERIFY(lines.at(0)->accessibleName().startsWith(QStringLiteral("Agent said: ")));

    // Agent lines on the left, contact lines on the right, in distinct bubbles.
    auto *agent = child<QFrame>(pane, "agentBubble");
    auto *contact = child<QFrame>(pane, "contactBubble");
    QVERIFY(agent && contact && child<QFrame>(pane, "otherBubble"));
    auto *body = child<QWidget>(pane, "transcriptBody");
    const int agentLeft = agent->mapTo(body, QPoint()).x();
    const int agentRight = agentLeft + agent->width();
    const int contactLeft = contact->mapTo(body, QPoint()).x();
    const int contactRight = contactLeft + contact->width();
    QCOMPARE(agentLeft, 0);
    QVERIFY2(body->width() - agentRight >= 36, qPrintable(QString::number(agentRight)));
    QVERIFY2(contactLeft >= 36, qPrintable(QString::number(contactLeft)));
    QCOMPARE(contactRight, body->width());
    // A short line keeps a short bubble.
    QVERIFY(agent->width() < body->width() / 2);

    const auto titles = pane.findChildren<QLabel *>(QStringLiteral("sectionTitle"));
    QVERIFY(std::any_of(titles.begin(), titles.end(), [](const QLabel *l) {
        return l->text() == QStringLiteral("Transcript \u00b7 3 lines");
    }));
}

void TestDetailPane::metricsShownWithOtherKeysGenerically()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    pane.setCall(completedCall());
    const QStringList names = texts(pane.findChildren<QLabel *>(QStringLiteral("metricName")));
    QCOMPARE(names, list({"Intent", "Sentiment", "Confidence", "Key points", "Action items", "Call status",
                          "Satisfaction score"}));
    const QStringList values = texts(pane.findChildren<QLabel *>(QStringLiteral("metricValue")));
    QCOMPARE(values, list({"reschedule_appointment", "Positive", "87%",
                           "\u2022 Customer wants a callback\n\u2022 Prefers afternoons",
                           "\u2022 Front desk: offer an afternoon slot", "completed", "4"}));
    QVERIFY(!child<QLabel>(pane, "metricsPlaceholder")->isVisibleTo(&pane));

    // Without metrics: a short placeholder.
    CallSnapshot plain = completedCall();
    plain.metrics = {};
    pane.setCall(plain);
    QVERIFY(pane.findChildren<QLabel *>(QStringLiteral("metricName")).isEmpty());
    QVERIFY(child<QLabel>(pane, "metricsPlaceholder")->isVisibleTo(&pane));
}

void TestDetailPane::recordingWarningOnlyPast90Days_data()
{
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<bool>("warned");
    QTest::newRow("today") << 0 << false;
    QTest::newRow("10 days") << 10 << false;
    QTest::newRow("89 days") << 89 << false;
    QTest::newRow("91 days") << 91 << true;
    QTest::newRow("400 days") << 400 << true;
}

void TestDetailPane::recordingWarningOnlyPast90Days()
{
    QFETCH(int, ageDays);
    QFETCH(bool, warned);
    ManualClock clock(kNow);
    DetailPane pane(clock);
    CallSnapshot call = completedCall();
    call.startTime = kNow.addDays(-ageDays).addSecs(-600);
    call.endTime = call.startTime.addSecs(205);
    pane.setCall(call);
    auto *warning = child<QLabel>(pane, "recordingWarning");
    QCOMPARE(warning->isVisibleTo(&pane), warned);
    QVERIFY(warning->text().contains(QStringLiteral("Dialgen deletes recordings after 90 days")));
    QCOMPARE(child<QLabel>(pane, "recordingExpiry")->isVisibleTo(&pane), !warned);
    // The link stays usable either way: it may still work.
    QVERIFY(child<QPushButton>(pane, "playRecordingButton")->isVisibleTo(&pane));

    // Time moves on while the call is shown.
    if (!warned) {
        clock.advance(qint64(95) * 86400 * 1000);
        pane.updateTimes();
        QVERIFY(warning->isVisibleTo(&pane));
    }
    // No recording: no warning.
    call.recordingUrl = QUrl();
    pane.setCall(call);
    QVERIFY(!warning->isVisibleTo(&pane));
    QVERIFY(child<QLabel>(pane, "recordingPlaceholder")->isVisibleTo(&pane));
}

void TestDetailPane::opensOnlyHttpsRecordings_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("offered");
    QTest::newRow("https") << s("https://cdn.dialgen.ai/rec/call_123.mp3?sig=a%2Bb") << true;
    QTest::newRow("HTTPS upper case") << s("HTTPS://cdn.dialgen.ai/rec/x.mp3") << true;
    QTest::newRow("http") << s("http://cdn.dialgen.ai/rec/call_123.mp3") << false;
    QTest::newRow("javascript") << s("javascript:alert(1)") << false;
    QTest::newRow("file") << s("file:///etc/passwd") << false;
    QTest::newRow("https without host") << s("https:relative.mp3") << false;
}

void TestDetailPane::opensOnlyHttpsRecordings()
{
    QFETCH(QString, url);
    QFETCH(bool, offered);
    ManualClock clock(kNow);
    DetailPane pane(clock);
    QList<QUrl> opened;
    pane.setUrlOpener([&opened](const QUrl &link) {
        opened << link;
        return true;
    });
    CallSnapshot call = completedCall();
    call.recordingUrl = QUrl(url);
    pane.setCall(call);

    auto *play = child<QPushButton>(pane, "playRecordingButton");
    QCOMPARE(play->isVisibleTo(&pane), offered);
    QCOMPARE(play->isEnabled(), offered);
    QCOMPARE(child<QLabel>(pane, "recordingInsecureWarning")->isVisibleTo(&pane), !offered);
    // Shown as text either way.
    QVERIFY(child<QLabel>(pane, "recordingUrl")->isVisibleTo(&pane));
    QCOMPARE(child<QLabel>(pane, "recordingUrl")->toolTip(), QUrl(url).toDisplayString());

    play->click();
    if (offered)
        QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    else
        QVERIFY(opened.isEmpty());

    // A failing opener is reported, not ignored.
    if (offered) {
        pane.setUrlOpener([](const QUrl &) { return false; });
        play->click();
        QCOMPARE(child<QLabel>(pane, "copyFeedback")->text(), QStringLiteral("Could not open the recording"));
    }
}

void TestDetailPane::copyActionsFillTheClipboard()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    const CallSnapshot call = completedCall();
    pane.setCall(call);
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    pane.copyIdAction()->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("call_123"));
    QCOMPARE(child<QLabel>(pane, "copyFeedback")->text(), QStringLiteral("Copied call id"));

    pane.copyJsonAction()->trigger();
    const QString text = clipboard->text();
    QVERIFY2(text.contains(QStringLiteral("\n    \"callId\"")), qPrintable(text)); // indented
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(QStringLiteral("callId")).toString(), QStringLiteral("call_123"));
    QCOMPARE(json.object(), call.toJson());

    child<QPushButton>(pane, "copyLinkButton")->click();
    QCOMPARE(clipboard->text(), call.recordingUrl.toString(QUrl::FullyEncoded));

    // Nothing to copy without a call.
    pane.clear();
    clipboard->setText(QStringLiteral("unchanged"));
    pane.copyIdAction()->trigger();
    pane.copyJsonAction()->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("unchanged"));
}

void TestDetailPane::actionsSignalTheCallId()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    QSignalSpy refresh(&pane, &DetailPane::refreshRequested);
    QSignalSpy stop(&pane, &DetailPane::stopTrackingRequested);
    QSignalSpy track(&pane, &DetailPane::trackRequested);
    pane.setCall(completedCall());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // Every action has a shortcut and a tooltip naming it, and a button in the pane.
    QCOMPARE(pane.actionBar()->objectName(), QStringLiteral("detailActions"));
    const auto button = [&pane](QAction *action) {
        return pane.buttonForAction(action);
    };
    for (QAction *action : {pane.refreshAction(), pane.copyIdAction(), pane.copyJsonAction(),
                            pane.stopTrackingAction(), pane.trackAction()}) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY(button(action));
        QCOMPARE(button(action)->text(), action->text());
    }
    QVERIFY(button(pane.stopTrackingAction())->isVisible());
    QVERIFY(!button(pane.trackAction())->isVisible());

    pane.refreshAction()->trigger();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.first().first().toString(), QStringLiteral("call_123"));

    QTest::mouseClick(button(pane.stopTrackingAction()), Qt::LeftButton);
    QCOMPARE(stop.size(), 1);
    QCOMPARE(stop.first().first().toString(), QStringLiteral("call_123"));

    // A looked-up call that is not tracked offers "Track this call" instead.
    CallSnapshot lookedUp = baseCall(QStringLiteral("CA9f00"), QStringLiteral("COMPLETED"));
    lookedUp.source = SnapshotSource::PersistentStatus;
    pane.setCall(lookedUp);
    pane.setTracked(false);
    QVERIFY(!pane.isTracked());
    QTRY_VERIFY(!button(pane.stopTrackingAction())->isVisible());
    QTRY_VERIFY(button(pane.trackAction())->isVisible());
    QTest::mouseClick(button(pane.trackAction()), Qt::LeftButton);
    QCOMPARE(track.size(), 1);
    QCOMPARE(track.first().first().toString(), QStringLiteral("CA9f00"));
    pane.setTracked(true);
    QTRY_VERIFY(button(pane.stopTrackingAction())->isVisible());
    QTRY_VERIFY(!button(pane.trackAction())->isVisible());

    // Nothing is signalled without a call.
    pane.clear();
    pane.refreshAction()->trigger();
    pane.stopTrackingAction()->trigger();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(stop.size(), 1);
    QCOMPARE(track.size(), 1);
}

void TestDetailPane::shortcutsWorkInsideThePane()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    QSignalSpy refresh(&pane, &DetailPane::refreshRequested);
    pane.setCall(completedCall());
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto *id = child<QLineEdit>(pane, "callIdField");
    id->setFocus();
    QTRY_VERIFY(id->hasFocus());
    QTest::keyClick(id, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.first().first().toString(), QStringLiteral("call_123"));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(id, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("call_123"));
    QTest::keyClick(id, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1Char('{')));

    QSignalSpy stop(&pane, &DetailPane::stopTrackingRequested);
    QSignalSpy track(&pane, &DetailPane::trackRequested);
    QTest::keyClick(id, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(stop.size(), 1);
    QTest::keyClick(id, Qt::Key_T, Qt::ControlModifier); // hidden while tracked: does nothing
    QCOMPARE(track.size(), 0);
    pane.setTracked(false);
    QTest::keyClick(id, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(track.size(), 1);
    QTest::keyClick(id, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(stop.size(), 1);
}

void TestDetailPane::timelineGroupedByAttempt()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    pane.resize(420, 900);
    pane.setCall(completedCall());
    QVERIFY(child<QLabel>(pane, "timelinePlaceholder")->isVisibleTo(&pane));
    pane.setTimeline(sampleTimeline(QStringLiteral("call_123")));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QVERIFY(!child<QLabel>(pane, "timelinePlaceholder")->isVisibleTo(&pane));
    QCOMPARE(texts(inVisualOrder<QLabel>(pane, "attemptHeader")), list({"Attempt 1", "Attempt 2"}));
    QCOMPARE(texts(inVisualOrder<QLabel>(pane, "timelineStatus")),
             list({"Scheduled", "Ongoing", "Failed", "Scheduled", "Ongoing", "Completed"}));
    const QStringList details = texts(inVisualOrder<QLabel>(pane, "timelineDetail"));
    QCOMPARE(details.size(), 6);
    QCOMPARE(details.at(0), QStringLiteral("Poll"));
    QCOMPARE(details.at(2), QStringLiteral("Webhook  \u00b7  BUSY \u2014 Line busy"));
    QCOMPARE(details.at(3), QStringLiteral("Lookup"));
    // Attempt headers come before their transitions.
    const auto headers = inVisualOrder<QLabel>(pane, "attemptHeader");
    const auto statuses = inVisualOrder<QLabel>(pane, "timelineStatus");
    const auto y = [&pane](const QWidget *w) {
        return w->mapTo(&pane, QPoint()).y();
    };
    QVERIFY(y(headers.at(0)) < y(statuses.at(0)));
    QVERIFY(y(statuses.at(2)) < y(headers.at(1)));
    QVERIFY(y(headers.at(1)) < y(statuses.at(3)));
    // Local time shown, UTC in the tooltip.
    const auto times = inVisualOrder<QLabel>(pane, "timelineTime");
    QCOMPARE(times.size(), 6);
    QCOMPARE(times.at(0)->toolTip(), QStringLiteral("2025-11-15T13:45:00.000Z"));
    QVERIFY(statuses.at(2)->accessibleName().contains(QStringLiteral("BUSY")));

    // A newer snapshot of the same call keeps the timeline; another call starts without one.
    CallSnapshot newer = completedCall();
    newer.receivedAt = kNow;
    pane.setCall(newer);
    QCOMPARE(inVisualOrder<QLabel>(pane, "attemptHeader").size(), 2);
    pane.setCall(baseCall(QStringLiteral("call_other"), QStringLiteral("SCHEDULED")));
    QVERIFY(pane.findChildren<QLabel *>(QStringLiteral("attemptHeader")).isEmpty());
    QVERIFY(child<QLabel>(pane, "timelinePlaceholder")->isVisibleTo(&pane));
}

void TestDetailPane::newerSnapshotKeepsScrollPosition()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    CallSnapshot call = completedCall();
    for (int i = 0; i < 60; ++i)
        call.transcript.append({i % 2 ? QStringLiteral("user") : QStringLiteral("assistant"),
                                QStringLiteral("Line %1 of a long conversation.").arg(i)});
    pane.resize(400, 500);
    pane.setCall(call);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QScrollBar *bar = child<QScrollArea>(pane, "detailScroll")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 1000);
    bar->setValue(800);

    call.receivedAt = kNow; // the next poll of the same call
    pane.setCall(call);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 800);

    pane.setCall(
        baseCall(QStringLiteral("call_2"), QStringLiteral("ONGOING"))); // another call: back to the top
    QCOMPARE(bar->value(), 0);
}

void TestDetailPane::followsThePalette()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    pane.setCall(completedCall());
    pane.setTimeline(sampleTimeline(QStringLiteral("call_123")));
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    const auto ink = [&pane](const char *name) {
        return child<QLabel>(pane, name)->palette().color(QPalette::WindowText);
    };
    pane.setPalette(light);
    QCOMPARE(pane.theme(), Theme::Light);
    QCOMPARE(ink("statusLabel"), StatusStyle::color(CallStatus::Completed, Theme::Light));

    pane.setPalette(dark);
    QCOMPARE(pane.theme(), Theme::Dark);
    // Status colours switch to their dark variants, in the header and in the rebuilt timeline.
    QCOMPARE(ink("statusLabel"), StatusStyle::color(CallStatus::Completed, Theme::Dark));
    QCOMPARE(ink("timelineStatus"), StatusStyle::color(CallStatus::Scheduled, Theme::Dark));
    // Plain texts follow the palette; muted ones stay readable (lighter than the background).
    QCOMPARE(ink("phoneValue"), dark.color(QPalette::WindowText));
    QVERIFY(ink("phoneValueName").lightness() > dark.color(QPalette::Window).lightness() + 80);

    pane.setPalette(light);
    QCOMPARE(pane.theme(), Theme::Light);
    // Every child follows back, not only the colours the pane sets itself.
    QCOMPARE(ink("phoneValue"), light.color(QPalette::WindowText));
    QCOMPARE(ink("statusLabel"), StatusStyle::color(CallStatus::Completed, Theme::Light));
    QVERIFY(ink("phoneValueName").lightness() < light.color(QPalette::Window).lightness() - 80);
    QCOMPARE(child<QLineEdit>(pane, "callIdField")->palette().color(QPalette::Text),
             light.color(QPalette::Text));
}

void TestDetailPane::fitsItsMinimumWidth()
{
    ManualClock clock(kNow);
    DetailPane pane(clock);
    CallSnapshot call = completedCall();
    call.error = QStringLiteral("Call was not answered");
    call.callId = QStringLiteral("clx8f2k3j0000abcdefghijkl");
    pane.setCall(call);
    pane.setTimeline(sampleTimeline(call.callId));
    pane.resize(pane.minimumWidth(), 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCoreApplication::processEvents();
    auto *scroll = child<QScrollArea>(pane, "detailScroll");
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("content %1 px wide in a %2 px viewport")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    // The important widgets have accessible names.
    for (const char *name : {"callIdField", "statusLabel", "playRecordingButton", "copyLinkButton",
                             "detailActions", "detailScroll", "phoneValue"}) {
        auto *widget = child<QWidget>(pane, name);
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
}

void TestDetailPane::screenshots()
{
    const bool save = qEnvironmentVariableIsSet("CALLWATCH_SCREENSHOTS");
    const QPalette original = QApplication::palette();
    ManualClock clock(kNow);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        DetailPane pane(clock);
        pane.setCall(completedCall());
        pane.setTimeline(sampleTimeline(QStringLiteral("call_123")));
        pane.resize(440, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.theme(), dark ? Theme::Dark : Theme::Light);
        fitHeight(pane);
        const QPixmap shot = pane.grab();
        QVERIFY(!shot.isNull());
        if (save) {
            const QString path = dark ? QStringLiteral("/tmp/detailpane-dark.png")
                                      : QStringLiteral("/tmp/detailpane-light.png");
            QVERIFY2(shot.save(path), qPrintable(path));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
