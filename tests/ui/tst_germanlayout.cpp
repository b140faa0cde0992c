#include "testsupport.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "detailpane.h"
#include "i18n.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "settingsdialog.h"
#include "theme.h"
#include "trendchart.h"
#include "wallboard.h"
#include "wallboardtiles.h"
#include "webhookreceiver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace cw;

// Every screen of CallWatch in German (and French, Spanish, Brazilian Portuguese, English), checked for
// clipped text: table headers and status cells, labels, buttons, combo boxes, placeholders, tabs, the
// toolbar, dialogs on a 1280x720 screen and the wallboard's painted texts at 1920x1080 and 1280x720.
//
// The offscreen platform gets two screens (see main()): 0 is 1920x1080, 1 is 1280x720 to its right, so
// windows, dialogs and the wallboard size themselves against a real screen of each size. With
// CALLWATCH_SCREENSHOT_DIR set, every checked screen is also saved there as a PNG.

namespace {

// The two screens, by size (the platform lists them in its own order).
constexpr int kWideScreen = 0;  // 1920x1080
constexpr int kSmallScreen = 1; // 1280x720

QScreen *screenAt(int which)
{
    const QSize wanted = which == kWideScreen ? QSize(1920, 1080) : QSize(1280, 720);
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens)
        if (screen->size() == wanted)
            return screen;
    return QGuiApplication::primaryScreen();
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The widgets that show less than their text on purpose, by object name, with the reason.
const QMap<QString, QString> &deliberatelyElided()
{
    static const QMap<QString, QString> reasons{
        // A recording link has no spaces to wrap at: it is elided in the middle, the tooltip and "Copy link"
        // give it in full.
        {s("recordingUrl"), s("links are elided in the middle; the tooltip and Copy link have them whole")},
    };
    return reasons;
}

bool isDeliberatelyElided(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (deliberatelyElided().contains(w->objectName()))
            return true;
        if (w == root)
            break;
    }
    return false;
}

// The widget's place for messages: its class, object name and a bit of text.
QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->placeholderText();
    text = text.simplified();
    if (text.size() > 60)
        text = text.left(57) + s("…");
    return QStringLiteral("%1 \"%2\" [%3]")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

bool isQtInternal(const QWidget *widget)
{
    return widget->objectName().startsWith(QLatin1String("qt_"));
}

// The smallest width a layout may give the widget (Qt's own rule: the explicit minimum, else the minimum
// size hint, or the size hint when the policy cannot shrink).
QSize smartMinimum(const QWidget *widget)
{
    const QSizePolicy policy = widget->sizePolicy();
    QSize min(0, 0);
    if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        min.setWidth((policy.horizontalPolicy() & QSizePolicy::ShrinkFlag)
                         ? widget->minimumSizeHint().width()
                         : qMax(widget->sizeHint().width(), widget->minimumSizeHint().width()));
    if (policy.verticalPolicy() != QSizePolicy::Ignored && !policy.hasHeightForWidth())
        min.setHeight((policy.verticalPolicy() & QSizePolicy::ShrinkFlag)
                          ? widget->minimumSizeHint().height()
                          : qMax(widget->sizeHint().height(), widget->minimumSizeHint().height()));
    if (widget->minimumWidth() > 0)
        min.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        min.setHeight(widget->minimumHeight());
    return min.boundedTo(widget->maximumSize());
}

// Width of the longest unbreakable piece of a (possibly rich) text in `font`: a word-wrapped label can
// never be narrower than that without cutting the word.
int longestWordWidth(const QString &text, Qt::TextFormat format, const QFont &font)
{
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich)
        doc.setHtml(text);
    else
        doc.setPlainText(text);
    doc.setTextWidth(1);
    return qCeil(doc.idealWidth());
}

void checkLabel(const QLabel *label, QStringList &problems)
{
    if (label->text().isEmpty())
        return;
    const QRect contents =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    if (label->wordWrap()) {
        const int word = longestWordWidth(label->text(), label->textFormat(), label->font());
        if (word > contents.width() + 1)
            problems << QStringLiteral("%1: a word needs %2 px, the label has %3 px")
                            .arg(describe(label))
                            .arg(word)
                            .arg(contents.width());
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            problems << QStringLiteral("%1: wrapped text needs %2 px of height, has %3 px")
                            .arg(describe(label))
                            .arg(needed)
                            .arg(label->height());
        return;
    }
    const QSize hint = label->sizeHint();
    if (hint.width() > label->width() + 1 || hint.height() > label->height() + 1)
        problems << QStringLiteral("%1: text needs %2x%3 px, the label has %4x%5 px")
                        .arg(describe(label))
                        .arg(hint.width())
                        .arg(hint.height())
                        .arg(label->width())
                        .arg(label->height());
}

void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty() && button->icon().isNull())
        return;
    // Buttons inside editors, tab bars and dock titles belong to those widgets (and are checked there).
    const QWidget *parent = button->parentWidget();
    if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent) ||
        qobject_cast<const QComboBox *>(parent))
        return;
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() + 1)
        problems << QStringLiteral("%1: needs %2 px, has %3 px")
                        .arg(describe(button))
                        .arg(hint.width())
                        .arg(button->width());
}

// The current text and, for short lists, every item must fit the field they are shown in.
void checkCombo(const QComboBox *combo, QStringList &problems)
{
    if (combo->isEditable() || combo->count() == 0)
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const QFontMetrics fm(combo->font());
    QList<int> items;
    if (combo->count() <= 40) {
        for (int i = 0; i < combo->count(); ++i)
            items << i;
    } else {
        items << combo->currentIndex();
    }
    for (int i : std::as_const(items)) {
        if (i < 0)
            continue;
        const QString text = combo->itemText(i);
        const int icon = combo->itemIcon(i).isNull() ? 0 : combo->iconSize().width() + 4;
        const int needed = fm.horizontalAdvance(text) + icon + 2;
        if (needed > field.width())
            problems << QStringLiteral("%1: item \"%2\" needs %3 px, the field has %4 px")
                            .arg(describe(combo), text)
                            .arg(needed)
                            .arg(field.width());
    }
}

// An empty field's placeholder (the hint of what to type) must be readable whole.
void checkPlaceholder(const QLineEdit *edit, QStringList &problems)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    area = area.marginsRemoved(edit->textMargins());
    // The clear button and other side widgets take room on the right.
    const QList<QToolButton *> sideButtons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (const QToolButton *button : sideButtons) {
        if (button->isVisibleTo(edit))
            area.setRight(qMin(area.right(), button->geometry().left() - 1));
    }
    const int available = area.width() - 2 * 2; // QLineEdit's own horizontal margin
    const int needed = QFontMetrics(edit->font()).horizontalAdvance(edit->placeholderText());
    if (needed > available)
        problems << QStringLiteral("%1: placeholder needs %2 px, the field shows %3 px")
                        .arg(describe(edit))
                        .arg(needed)
                        .arg(available);
}

void checkTabBar(const QTabBar *bar, QStringList &problems)
{
    const int needed = bar->sizeHint().width();
    if (needed > bar->width() + 1)
        problems << QStringLiteral("%1: the tabs need %2 px, the bar has %3 px (scrolled or elided)")
                        .arg(describe(bar))
                        .arg(needed)
                        .arg(bar->width());
}

// Every visible section is at least as wide as its title, the sort indicator and the style's margins.
void checkHeader(const QHeaderView *header, QStringList &problems)
{
    if (header->orientation() != Qt::Horizontal)
        return;
    const QAbstractItemModel *model = header->model();
    QStyleOptionHeader option;
    option.initFrom(header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header);
    QFont font = header->font();
    // Some styles draw the sorted section's title in bold.
    if (header->highlightSections())
        font.setBold(true);
    const QFontMetrics fm(font);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed =
            fm.horizontalAdvance(title) + 2 * margin + (header->isSortIndicatorShown() ? mark + margin : 0);
        const int hint = header->sectionSizeHint(section);
        const int size = header->sectionSize(section);
        if (size < needed || size < hint)
            problems << QStringLiteral("header section \"%1\": needs %2 px (Qt's hint %3 px), has %4 px")
                            .arg(title)
                            .arg(needed)
                            .arg(hint)
                            .arg(size);
    }
}

// Cells of the columns whose texts come from a fixed vocabulary (status, times, durations, sources) must
// show them whole; the other columns hold data of any length and are allowed to elide (their tooltips and
// the detail pane show them in full).
void checkTableCells(const QTableView *table, QStringList &problems)
{
    const int columns[] = {CallTableModel::StatusColumn,     CallTableModel::StartedColumn,
                           CallTableModel::DurationColumn,   CallTableModel::RecordingColumn,
                           CallTableModel::LastUpdateColumn, CallTableModel::SourceColumn};
    const auto *view = static_cast<const QAbstractItemView *>(table);
    for (int column : columns) {
        if (table->isColumnHidden(column))
            continue;
        const int needed = view->sizeHintForColumn(column);
        const int size = table->columnWidth(column);
        if (needed > size)
            problems << QStringLiteral("column \"%1\": its cells need %2 px, the column has %3 px")
                            .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                            .arg(needed)
                            .arg(size);
    }
}

// The part of `widget` its ancestors (up to `root` or a scroll area's viewport) can show.
void checkInsideAncestors(const QWidget *widget, const QWidget *root, QStringList &problems)
{
    const QRect own = widget->rect();
    for (const QWidget *ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(ancestor->parentWidget()) &&
            ancestor->objectName() == QLatin1String("qt_scrollarea_viewport"))
            return; // scrolled content: the scroll area shows it piece by piece
        const QRect mapped(widget->mapTo(ancestor, QPoint(0, 0)), own.size());
        if (!ancestor->rect().adjusted(-1, -1, 1, 1).contains(mapped)) {
            problems << QStringLiteral("%1 reaches outside %2 (%3,%4 %5x%6 in %7x%8)")
                            .arg(describe(widget), describe(ancestor))
                            .arg(mapped.x())
                            .arg(mapped.y())
                            .arg(mapped.width())
                            .arg(mapped.height())
                            .arg(ancestor->width())
                            .arg(ancestor->height());
            return;
        }
        if (ancestor == root || ancestor->isWindow())
            return;
    }
}

// Everything visible under `root` (root included) that would show less than its text.
QStringList clippingProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        if (isQtInternal(widget) || isDeliberatelyElided(widget, root))
            continue;
        if (widget != root)
            checkInsideAncestors(widget, root, problems);
        if (!widget->isWindow() && !qobject_cast<QAbstractScrollArea *>(widget)) {
            // A layout never gives a widget less than this unless its window is too small.
            const QSize min = smartMinimum(widget);
            if (widget->width() + 1 < min.width() || widget->height() + 1 < min.height())
                problems << QStringLiteral("%1: squeezed to %2x%3 px, its minimum is %4x%5 px")
                                .arg(describe(widget))
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(min.width())
                                .arg(min.height());
        }
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, problems);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, problems);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo, problems);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checkPlaceholder(edit, problems);
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            checkTabBar(bar, problems);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header, problems);
        else if (auto *table = qobject_cast<QTableView *>(widget))
            checkTableCells(table, problems);
    }
    problems.removeDuplicates();
    return problems;
}

// A window must fit the screen it is on (its frame included).
QStringList fitsScreen(const QWidget *window)
{
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (frame.width() <= available.width() && frame.height() <= available.height())
        return {};
    return {QStringLiteral("%1 is %2x%3 px with its frame, the screen %4x%5 px")
                .arg(describe(window))
                .arg(frame.width())
                .arg(frame.height())
                .arg(available.width())
                .arg(available.height())};
}

// Every action of the toolbar shows as a button; nothing hides behind the overflow ("»") button.
QStringList toolbarProblems(const QToolBar *toolbar)
{
    QStringList problems;
    const QList<QAction *> actions = toolbar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QWidget *button = toolbar->widgetForAction(action);
        if (!button || !button->isVisible())
            problems << QStringLiteral("toolbar action \"%1\" is not shown (in the overflow menu)")
                            .arg(action->text());
    }
    const auto *overflow = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (overflow && overflow->isVisible())
        problems << QStringLiteral("the toolbar shows its overflow button");
    return problems;
}

// Every text the wallboard paints, whole and inside its box.
QStringList wallboardTextProblems(const QWidget *owner, const QList<wall::TextItem> &items,
                                  const QStringList &sourcesWithEllipsis)
{
    QStringList problems;
    for (const wall::TextItem &item : items) {
        if (item.text.isEmpty())
            continue;
        const QFontMetrics fm(item.font);
        if (fm.horizontalAdvance(item.text) > item.rect.width() || fm.height() > item.rect.height())
            problems << QStringLiteral("%1: \"%2\" does not fit its %3x%4 box")
                            .arg(owner->objectName(), item.text)
                            .arg(item.rect.width())
                            .arg(item.rect.height());
        // fitText() and fitWrapped() elide as a last resort: a text ending in "…" was cut, unless the
        // translation itself ends that way.
        if (item.text.endsWith(QChar(0x2026)) && !sourcesWithEllipsis.contains(item.text))
            problems << QStringLiteral("%1: \"%2\" was elided").arg(owner->objectName(), item.text);
        if (!owner->rect().contains(item.rect))
            problems << QStringLiteral("%1: the box of \"%2\" leaves the tile")
                            .arg(owner->objectName(), item.text);
    }
    return problems;
}

// Removes CallWatch's and Qt's translators installed by an earlier row and installs `tag`'s through the
// application's own code.
bool useLanguage(const QString &tag)
{
    const QList<QTranslator *> old =
        QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale(tag);
    QLocale::setDefault(locale);
    return installTranslators(QCoreApplication::instance(), locale);
}

CallSnapshot snapshot(const QString &id, CallStatus status, const QDateTime &now)
{
    CallSnapshot call;
    call.callId = id;
    call.status = status;
    call.statusText = callStatusToString(status);
    call.phoneNumber = QStringLiteral("+49 30 1234 5678");
    call.contactName = s("Dr. Annemarie Schönberger-Wittgenstein");
    call.batchId = QStringLiteral("batch_herbstkampagne_2025");
    call.source = SnapshotSource::LiveStatus;
    call.receivedAt = now.addSecs(-125);
    call.startTime = now.addSecs(-3 * 3600);
    return call;
}

// Calls in every status, as a supervisor sees them on a busy day.
void populate(Session &session)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallTracker *tracker = session.tracker();
    tracker->apply(snapshot(QStringLiteral("call_scheduled_1"), CallStatus::Scheduled, now));
    CallSnapshot ongoing = snapshot(QStringLiteral("call_ongoing_1"), CallStatus::Ongoing, now);
    ongoing.startTime = now.addSecs(-95);
    tracker->apply(ongoing);
    CallSnapshot completed = snapshot(QStringLiteral("call_completed_1"), CallStatus::Completed, now);
    completed.duration = 3 * 3600 + 4 * 60 + 17;
    // Started on an earlier day whatever the time of day: its cell shows the date as well as the time.
    completed.startTime = now.addSecs(-30 * 3600);
    completed.recordingUrl = QUrl(QStringLiteral("https://recordings.example/2025/11/call_completed_1.mp3"));
    completed.summary = s("Die Kundin bestätigt den Termin am Donnerstag und bittet um eine schriftliche "
                          "Bestätigung per E-Mail.");
    completed.transcript = {{QStringLiteral("assistant"), s("Guten Tag, hier ist der Terminservice.")},
                            {QStringLiteral("user"), s("Ja, hallo, worum geht es?")}};
    tracker->apply(completed);
    CallSnapshot missed = snapshot(QStringLiteral("call_missed_1"), CallStatus::Missed, now);
    missed.error = QStringLiteral("NO_ANSWER");
    tracker->apply(missed);
    CallSnapshot failed = snapshot(QStringLiteral("call_failed_credits"), CallStatus::Failed, now);
    failed.error = QStringLiteral("INSUFFICIENT_CREDITS");
    failed.duration = 0;
    tracker->apply(failed);
    CallSnapshot network = snapshot(QStringLiteral("call_failed_network"), CallStatus::Failed, now);
    network.error = QStringLiteral("NETWORK_ERROR");
    tracker->apply(network);
    CallSnapshot unknown = snapshot(QStringLiteral("call_voicemail"), CallStatus::Unknown, now);
    unknown.statusText = QStringLiteral("VOICEMAIL");
    tracker->apply(unknown);
    tracker->trackCall(QStringLiteral("call_checking")); // "Checking…"
    tracker->trackCall(QStringLiteral("call_not_found"));
    session.model()->setNotFound({QStringLiteral("call_not_found")}, true);
    tracker->flushStore();
}

// Lets every pending layout request run (a changed text relayouts its parents, level by level, and a scroll
// area follows its content one event later).
void settle()
{
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Prints each problem on its own line (the failure message itself is cut short by QtTest).
bool report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    return problems.isEmpty();
}

// Saves a picture of `widget` when CALLWATCH_SCREENSHOT_DIR is set.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CALLWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

QString screenName(int screen)
{
    return screen == kWideScreen ? QStringLiteral("1920x1080") : QStringLiteral("1280x720");
}

// Calls `inspect` on the modal dialog that `open` starts (and runs until it closes), then rejects it.
// Returns false when no dialog appeared.
bool inspectModal(const std::function<void()> &open, const std::function<void(QDialog *)> &inspect,
                  QObject *context)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, context, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || seen)
            return;
        seen = true;
        poll.stop();
        inspect(dialog);
        dialog->reject();
    });
    poll.start();
    open();
    poll.stop();
    return seen;
}

// Shows `window` on `screen`: at its default size on the wide screen, filling the small one (frame
// included) on the 1280x720 screen.
void showOn(QWidget &window, int screen)
{
    QScreen *target = screenAt(screen);
    window.setScreen(target);
    window.move(target->geometry().topLeft() + QPoint(20, 40));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not exposed");
    if (screen == kSmallScreen) {
        const QRect frame = window.frameGeometry();
        const QRect inner = window.geometry();
        const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(),
                               frame.right() - inner.right(), frame.bottom() - inner.bottom());
        const QRect available = target->availableGeometry();
        window.setGeometry(available.marginsRemoved(margins));
    }
    settle();
}

} // namespace

class TestGermanLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checksCatchClipping();
    void mainWindow_data();
    void mainWindow();
    void settingsDialog_data();
    void settingsDialog();
    void inputDialogs_data();
    void inputDialogs();
    void wallboard_data();
    void wallboard();

private:
    void languageRows(bool withThemes);
    void applyRow();
    struct Fixture
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<Session> session;
        std::unique_ptr<WebhookReceiver> webhooks;
        std::unique_ptr<MainWindow> window;
    };
    // A main window with calls in every status, history, webhooks and settings (not shown yet).
    std::unique_ptr<Fixture> makeWindow();
    QString m_shotPrefix;
};

namespace {
QtMessageHandler previousHandler = nullptr;
// The offscreen platform's notes about what it cannot do (raise windows, pass size hints on) say nothing
// about CallWatch: dropped, everything else goes on to QtTest.
void quietPlatform(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void TestGermanLayout::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietPlatform);
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false"));
    QVERIFY2(QGuiApplication::screens().size() >= 2,
             "expected the two screens configured in main() (1920x1080 and 1280x720)");
    QCOMPARE(screenAt(kWideScreen)->size(), QSize(1920, 1080));
    QCOMPARE(screenAt(kSmallScreen)->size(), QSize(1280, 720));
}

void TestGermanLayout::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    applyThemeChoice(Settings::Theme::Light);
    useLanguage(QStringLiteral("en"));
}

// The checks can fail: widgets that are too narrow for their German text are reported.
void TestGermanLayout::checksCatchClipping()
{
    QVERIFY(useLanguage(QStringLiteral("de")));
    QWidget window;
    window.resize(400, 300);
    auto *label = new QLabel(s("Abgeschlossen und archiviert"), &window);
    label->setGeometry(0, 0, 40, 20);
    auto *button = new QToolButton(&window);
    button->setText(s("Einstellungen…"));
    button->setGeometry(0, 30, 30, 24);
    auto *edit = new QLineEdit(&window);
    edit->setPlaceholderText(s("Nach Anruf-ID, Telefonnummer, Kontakt oder Kampagne filtern"));
    edit->setGeometry(0, 60, 120, 24);
    auto *combo = new QComboBox(&window);
    combo->addItems({s("Letzte 24 Stunden"), s("Letzte 7 Tage")});
    combo->setGeometry(0, 90, 50, 24);
    auto *wrapped = new QLabel(s("Donaudampfschifffahrtsgesellschaftskapitän"), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 120, 60, 200);
    auto *outside = new QLabel(s("OK"), &window);
    outside->setGeometry(390, 280, 40, 30);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = clippingProblems(&window);
    const auto reported = [&problems](const QWidget *widget) {
        for (const QString &problem : problems)
            if (problem.startsWith(describe(widget)))
                return true;
        return false;
    };
    QVERIFY2(reported(label), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(reported(button), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(reported(edit), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(reported(combo), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(reported(wrapped), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(reported(outside), qPrintable(problems.join(QLatin1Char('\n'))));

    // Given room, the same widgets pass.
    label->setGeometry(0, 0, label->sizeHint().width(), label->sizeHint().height());
    button->setGeometry(0, 30, button->sizeHint().width(), 24);
    edit->setGeometry(0, 60, 390, 24);
    combo->setGeometry(0, 90, combo->sizeHint().width(), combo->sizeHint().height());
    wrapped->setGeometry(0, 120, 390, wrapped->heightForWidth(390));
    outside->setGeometry(300, 250, 40, 30);
    const QStringList none = clippingProblems(&window);
    QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));

    // A header section narrower than its title and sort indicator, and a status column that cuts
    // "Abgeschlossen".
    Session session(ClientConfig{});
    QTableView table;
    table.setModel(session.model());
    table.setSortingEnabled(true);
    session.tracker()->apply(
        snapshot(QStringLiteral("a"), CallStatus::Completed, QDateTime::currentDateTimeUtc()));
    table.horizontalHeader()->resizeSection(CallTableModel::StatusColumn, 40);
    table.resize(1200, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QStringList tableProblems = clippingProblems(&table);
    const QString status =
        session.model()->headerData(CallTableModel::StatusColumn, Qt::Horizontal).toString();
    QVERIFY2(tableProblems.filter(QStringLiteral("header section \"%1\"").arg(status)).size() == 1,
             qPrintable(tableProblems.join(QLatin1Char('\n'))));
    QVERIFY2(tableProblems.filter(QStringLiteral("column \"%1\"").arg(status)).size() == 1,
             qPrintable(tableProblems.join(QLatin1Char('\n'))));
}

void TestGermanLayout::languageRows(bool withThemes)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("screen");
    QTest::addColumn<bool>("dark");
    for (const char *language : {"de", "fr", "es", "pt_BR", "en"}) {
        const bool german = qstrcmp(language, "de") == 0;
        for (int screen : {kWideScreen, kSmallScreen}) {
            for (bool dark : {false, true}) {
                if (dark && !(german && withThemes))
                    continue;
                QTest::addRow("%s %s%s", language, qPrintable(screenName(screen)), dark ? " dark" : "")
                    << QString::fromLatin1(language) << screen << dark;
            }
        }
    }
}

void TestGermanLayout::applyRow()
{
    QFETCH(QString, language);
    QFETCH(int, screen);
    QFETCH(bool, dark);
    QVERIFY(useLanguage(language));
    if (language == QLatin1String("de"))
        QCOMPARE(StatusStyle::label(CallStatus::Completed), s("Abgeschlossen"));
    else if (language != QLatin1String("en")) // the catalogue is really in use
        QVERIFY(StatusStyle::label(CallStatus::Completed) != QLatin1String("Completed"));
    applyThemeChoice(dark ? Settings::Theme::Dark : Settings::Theme::Light);
    m_shotPrefix =
        QStringLiteral("%1-%2-%3")
            .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"), screenName(screen));
}

std::unique_ptr<TestGermanLayout::Fixture> TestGermanLayout::makeWindow()
{
    auto fixture = std::make_unique<Fixture>();
    fixture->dir = std::make_unique<QTemporaryDir>();
    fixture->settings = std::make_unique<Settings>(std::make_unique<QSettings>(
        fixture->dir->filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat));
    fixture->session = std::make_unique<Session>(ClientConfig{});
    fixture->session->openHistory(fixture->dir->filePath(QStringLiteral("history")));
    populate(*fixture->session);
    fixture->webhooks = std::make_unique<WebhookReceiver>();
    fixture->webhooks->start(QHostAddress(QHostAddress::LocalHost), 0);
    fixture->window = std::make_unique<MainWindow>(fixture->session->model(), fixture->session->tracker());
    MainWindow &window = *fixture->window;
    window.setSettings(fixture->settings.get());
    window.setHistory(fixture->session->history());
    window.setWebhookReceiver(fixture->webhooks.get());
    window.setSourceDescription(
        QCoreApplication::translate("main",
                                    "Demo: simulated Dialgen calls from the built-in simulator at %1, "
                                    "running %2× faster than real time.")
            .arg(QStringLiteral("http://127.0.0.1:41234"), QLocale().toString(40)));
    return fixture;
}

void TestGermanLayout::mainWindow_data()
{
    languageRows(true);
}

void TestGermanLayout::mainWindow()
{
    applyRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, screen);
    auto fixture = makeWindow();
    MainWindow &window = *fixture->window;
    showOn(window, screen);
    QCOMPARE(window.screen(), screenAt(screen));

    // The detail pane on the failed call with the longest explanation.
    const QModelIndex failed = window.proxyModel()
                                   ->match(window.proxyModel()->index(0, 0), CallTableModel::CallIdRole,
                                           QStringLiteral("call_failed_credits"), 1, Qt::MatchExactly)
                                   .value(0);
    QVERIFY(failed.isValid());
    window.tableView()->setCurrentIndex(failed);
    QCOMPARE(window.detailPane()->callId(), QStringLiteral("call_failed_credits"));
    auto *explanation = window.detailPane()->findChild<QLabel *>(QStringLiteral("errorExplanation"));
    QVERIFY(explanation && explanation->isVisible() && !explanation->text().isEmpty());
    QVERIFY(window.trendDock()->isVisible());
    window.trendChart()->refreshNow();
    settle();

    QStringList problems = fitsScreen(&window);
    problems << clippingProblems(&window);
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(toolbar);
    problems << toolbarProblems(toolbar);
    saveScreenshot(&window, QStringLiteral("mainwindow-") + m_shotPrefix);
    QVERIFY2(report(problems), "clipped text, see the warnings above");

    // The completed call's pane (recording, summary, transcript) too.
    const QModelIndex completed = window.proxyModel()
                                      ->match(window.proxyModel()->index(0, 0), CallTableModel::CallIdRole,
                                              QStringLiteral("call_completed_1"), 1, Qt::MatchExactly)
                                      .value(0);
    window.tableView()->setCurrentIndex(completed);
    settle();
    problems = clippingProblems(window.detailPane());
    saveScreenshot(&window, QStringLiteral("mainwindow-completed-") + m_shotPrefix);
    QVERIFY2(report(problems), "clipped text, see the warnings above");
}

void TestGermanLayout::settingsDialog_data()
{
    languageRows(true);
}

void TestGermanLayout::settingsDialog()
{
    applyRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, screen);
    auto fixture = makeWindow();
    MainWindow &window = *fixture->window;
    showOn(window, screen);
    window.openSettings();
    QPointer<SettingsDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    QCOMPARE(dialog->screen(), window.screen());
    const SettingsDialog::Page pages[] = {SettingsDialog::Page::Connection, SettingsDialog::Page::Polling,
                                          SettingsDialog::Page::Display, SettingsDialog::Page::Wallboard,
                                          SettingsDialog::Page::Webhooks};
    QStringList problems = fitsScreen(dialog.data());
    for (SettingsDialog::Page page : pages) {
        dialog->showPage(page);
        settle();
        const QStringList found = clippingProblems(dialog.data());
        for (const QString &problem : found)
            problems << QStringLiteral("page %1: %2").arg(int(page)).arg(problem);
        saveScreenshot(dialog.data(), QStringLiteral("settings-%1-").arg(int(page)) + m_shotPrefix);
    }
    problems << fitsScreen(dialog.data());
    dialog->reject();
    QVERIFY2(report(problems), "clipped text, see the warnings above");
}

void TestGermanLayout::inputDialogs_data()
{
    languageRows(false);
}

void TestGermanLayout::inputDialogs()
{
    applyRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, screen);
    auto fixture = makeWindow();
    MainWindow &window = *fixture->window;
    showOn(window, screen);
    // The toolbar's "Add calls…" (Ctrl+N), "Track batch…" (Ctrl+B) and "Look up…" (Ctrl+L).
    const struct
    {
        QKeySequence shortcut;
        const char *name;
    } prompts[] = {{QKeySequence(QKeySequence::New), "add-calls"},
                   {QKeySequence(Qt::CTRL | Qt::Key_B), "track-batch"},
                   {QKeySequence(Qt::CTRL | Qt::Key_L), "look-up"}};
    QStringList problems;
    for (const auto &prompt : prompts) {
        QAction *action = nullptr;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *candidate : actions)
            if (candidate->shortcuts().contains(prompt.shortcut))
                action = candidate;
        QVERIFY2(action, prompt.name);
        const bool inspected = inspectModal(
            [action] { action->trigger(); },
            [&](QDialog *dialog) {
                if (!QTest::qWaitForWindowExposed(dialog))
                    problems << QStringLiteral("%1 was never shown").arg(QLatin1String(prompt.name));
                if (dialog->screen() != window.screen())
                    problems << QStringLiteral("%1 opened on another screen").arg(QLatin1String(prompt.name));
                for (const QString &problem : fitsScreen(dialog) + clippingProblems(dialog))
                    problems << QStringLiteral("%1: %2").arg(QLatin1String(prompt.name), problem);
                saveScreenshot(dialog, QLatin1String(prompt.name) + QLatin1Char('-') + m_shotPrefix);
            },
            &window);
        QVERIFY2(inspected, prompt.name);
    }
    QVERIFY2(report(problems), "clipped text, see the warnings above");
}

void TestGermanLayout::wallboard_data()
{
    languageRows(false);
}

void TestGermanLayout::wallboard()
{
    applyRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, screen);
    QFETCH(QString, language);
    auto fixture = makeWindow();
    MainWindow &window = *fixture->window;
    showOn(window, screen);
    QCOMPARE(window.showWallboard(int(QGuiApplication::screens().indexOf(screenAt(screen)))), QString());
    QPointer<Wallboard> board = window.wallboard();
    QVERIFY(board);
    QVERIFY(QTest::qWaitForWindowExposed(board.data()));
    QCOMPARE(board->screen(), screenAt(screen));
    QTRY_COMPARE(board->size(), board->screen()->size());
    board->tick();
    // Texts that end in "…" as translated, not because they were cut.
    const QStringList ellipsis{StatusStyle::label(CallStatus::Unknown)};
    QStringList problems;
    for (int page = 0; page < board->pageCount(); ++page) {
        board->setPage(page);
        const auto charts = board->findChildren<TrendChart *>();
        for (TrendChart *chart : charts)
            chart->refreshNow();
        settle();
        int checked = 0;
        const auto tiles = board->findChildren<wall::Tile *>();
        for (const wall::Tile *tile : tiles) {
            if (!tile->isVisible())
                continue;
            checked += int(tile->textItems().size());
            problems << wallboardTextProblems(tile, tile->textItems(), ellipsis);
        }
        const auto *header = board->findChild<wall::HeaderBar *>();
        QVERIFY(header);
        problems << wallboardTextProblems(header, header->textItems(), ellipsis);
        const auto *banner = board->findChild<wall::BannerBar *>();
        if (banner && banner->isVisible())
            problems << wallboardTextProblems(banner, banner->textItems(), ellipsis);
        QVERIFY(checked > 5);
        saveScreenshot(board.data(), QStringLiteral("wallboard-%1-").arg(page) + m_shotPrefix);
    }
    window.closeWallboard();
    QTRY_VERIFY(board.isNull());
    problems.removeDuplicates();
    QVERIFY2(report(problems), "clipped text, see the warnings above");
}

// Like QTEST_MAIN, with two offscreen screens (1920x1080 and 1280x720) configured first.
int main(int argc, char **argv)
{
    QTemporaryDir config;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && config.isValid()) {
        const auto screen = [](const char *name, int x, int width, int height) {
            return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("x"), x},
                               {QStringLiteral("y"), 0},
                               {QStringLiteral("width"), width},
                               {QStringLiteral("height"), height},
                               {QStringLiteral("logicalDpi"), 96},
                               {QStringLiteral("logicalBaseDpi"), 96},
                               {QStringLiteral("dpr"), 1.0}};
        };
        const QJsonObject json{{QStringLiteral("screens"),
                                QJsonArray{screen("wide", 0, 1920, 1080), screen("small", 1920, 1280, 720)}}};
        QFile file(config.filePath(QStringLiteral("screens.json")));
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0) {
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(file.fileName()));
        }
    }
    QApplication app(argc, argv);
    TestGermanLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_germanlayout.moc"
