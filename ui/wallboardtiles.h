#pragma once

#include "alertrules.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

class QLineEdit;

namespace cw::wall {

// The wallboard's own look: dark and high contrast, readable from across a room, independent of the
// application's theme (a wall screen is always dark). Status hues come from statusstyle.h (dark variants).
namespace Look {
QColor background(); // the board behind the tiles
QColor headerBackground();
QColor tile();
QColor tileBorder();
QColor text();  // main numbers and labels
QColor muted(); // titles, captions, secondary text
QColor fresh(); // "Updated 3 s ago"
QColor amber(); // warnings and data getting old
QColor red();   // critical alerts and data too old to trust
// Warning: amber, Critical: red, Normal: the tile border.
QColor levelColour(AlertLevel level);
// The board's font at a pixel size (never point sizes: the board scales with the screen, not the DPI).
QFont font(int pixelSize, bool bold = false);
} // namespace Look

// One piece of text as laid out and painted: the font, the box it was fitted into, how it is aligned in
// it. Every text a tile paints is one of these, so tests can check that nothing is clipped.
struct TextItem
{
    QString text;
    QFont font;
    QRect rect; // in the widget's coordinates
    QColor colour;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

// The largest pixel size in [minPx, maxPx] at which `text` fits `box` (advance width and line height),
// in `base`'s family and weight. When even minPx does not fit, the text is elided to the box width at
// minPx: it never spills out of its box.
TextItem fitText(const QString &text, const QRect &box, int maxPx, int minPx, bool bold, const QColor &colour,
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
// The same with word wrapping into at most maxLines lines (the last one elided when still too long).
// `firstLineIndent` leaves room before the first line (for an icon); `vertical` places the lines in the box.
QList<TextItem> fitWrapped(const QString &text, const QRect &box, int maxPx, int minPx, int maxLines,
                           bool bold, const QColor &colour, int firstLineIndent = 0,
                           Qt::Alignment vertical = Qt::AlignVCenter);

// The base of every wallboard tile: a rounded dark card with a title row (icon + title), an optional
// alert block at the bottom (level colour border and tint, a warning shape, the level word and the rule's
// text, so colour is never the only cue; it takes the caption's place), an optional stale marker (a
// hatched corner and "STALE · 4 min" in the bottom row, or in the title row for tiles that hold a widget;
// it replaces the caption but never the content), and the content in between.
//
// Sizes derive from unit(): pixels per 1/1080 of the board's height. All text is laid out once per
// change of size or content (relayout()) and painted from textItems(); setters that do not change
// anything do nothing, so a tile that is updated every second with the same data never repaints.
class Tile : public QWidget
{
    Q_OBJECT

public:
    explicit Tile(QWidget *parent = nullptr);

    void setUnit(qreal unit);
    qreal unit() const { return m_unit; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setIcon(const QIcon &icon);
    // The text of the bottom row, when the tile is not stale.
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    // Normal: no alert. `text` says what is wrong (AlertEngine::describe()).
    void setAlert(AlertLevel level, const QString &text, bool acknowledged);
    AlertLevel alertLevel() const { return m_alertLevel; }
    bool isAlertAcknowledged() const { return m_alertAcknowledged; }
    // Empty: fresh. Else the marker text ("STALE · 4 min"), drawn in amber (Warning) or red (Critical).
    void setStaleMarker(const QString &text, AlertLevel severity);
    QString staleMarker() const { return m_stale; }

    // Every text painted now, as laid out for the current size.
    const QList<TextItem> &textItems() const { return m_items; }
    // Lays everything out again for the current size and content, and repaints. Done by every change and
    // resize; call it after moving a tile that is hidden (hidden widgets get their resize event late).
    void relayout();

protected:
    // Lays out the content in `area` (between the title row and the alert block / bottom row).
    virtual void layoutContent(const QRect &area, QList<TextItem> &items) = 0;
    // Paints what is not text (bars, shapes) after the card and before the texts.
    virtual void paintContent(QPainter &painter) { Q_UNUSED(painter) }
    // Show the stale marker at the right of the title row rather than in a bottom row of its own.
    void setStaleInTitleRow(bool inTitleRow) { m_staleInTitleRow = inTitleRow; }
    int px(qreal units) const; // units -> pixels, at least 1

    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    qreal m_unit = 1.0;
    QString m_title;
    QIcon m_icon;
    QString m_caption;
    AlertLevel m_alertLevel = AlertLevel::Normal;
    QString m_alertText;
    bool m_alertAcknowledged = false;
    QString m_stale;
    AlertLevel m_staleSeverity = AlertLevel::Warning;
    bool m_staleInTitleRow = false;
    QList<TextItem> m_items;
    QRect m_iconRect;
    QRect m_alertIconRect;
};

// A big number with a title and a caption ("Ongoing / 42 / calls in progress").
class NumberTile : public Tile
{
    Q_OBJECT

public:
    using Tile::Tile;

    void setValue(const QString &value);
    QString value() const { return m_value; }
    void setValueColour(const QColor &colour);
    // The number's target height as a share of the board: 1.0 = 140/1080 (13 % of the screen height).
    void setValueScale(qreal scale);
    // The font the number is drawn with now (shrunk when the number would not fit).
    QFont valueFont() const { return m_valueFont; }
    QRect valueRect() const { return m_valueRect; }

protected:
    void layoutContent(const QRect &area, QList<TextItem> &items) override;

private:
    QString m_value = QStringLiteral("0");
    QColor m_valueColour;
    qreal m_valueScale = 1.0;
    QFont m_valueFont;
    QRect m_valueRect;
};

// A short ranked list: key, detail, value per row ("BUSY  Line busy  12").
class ListTile : public Tile
{
    Q_OBJECT

public:
    struct Row
    {
        QString key;
        QString detail;
        QString value;
        QColor keyColour;
        friend bool operator==(const Row &, const Row &) = default;
    };
    using Tile::Tile;

    // At most maxRows() are kept; as many as fit the tile's height are shown, from the top.
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    void setEmptyText(const QString &text);
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

protected:
    void layoutContent(const QRect &area, QList<TextItem> &items) override;

private:
    QList<Row> m_rows;
    QString m_empty;
    int m_maxRows = 5;
};

// Progress of batches: per row the batch, its percentage, a bar, and the counts beneath.
class ProgressTile : public Tile
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        QString percent;     // "72 %"
        QString detail;      // "720 of 1,000 · 12 failed · processing"
        double fraction = 0; // 0..1
        QColor barColour;
        friend bool operator==(const Row &, const Row &) = default;
    };
    using Tile::Tile;

    // All the rows; as many as fit (at most maxRows()) are shown, then "+5 more", or "+5 more on the
    // Batches page" when `elsewhere` says another page lists them all.
    void setRows(const QList<Row> &rows, bool elsewhere = false);
    const QList<Row> &rows() const { return m_rows; }
    void setEmptyText(const QString &text);
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    // Up to this many columns when the rows do not fit one (filled evenly, top to bottom).
    void setColumns(int columns);
    // Rows (and their text) grow to use a tall tile, up to 1.4 times their normal height.
    void setGrowRows(bool grow);
    // Rows actually shown at the current size (fewer than rows() when the tile is too short).
    int shownRows() const { return m_shown; }

protected:
    void layoutContent(const QRect &area, QList<TextItem> &items) override;
    void paintContent(QPainter &painter) override;

private:
    struct Bar
    {
        QRect rect;
        double fraction = 0;
        QColor colour;
    };
    QList<Row> m_rows;
    bool m_elsewhere = false;
    QString m_empty;
    int m_maxRows = 4;
    int m_columns = 1;
    bool m_growRows = false;
    int m_shown = 0;
    QList<Bar> m_bars;
};

// A tile that hosts another widget (the chart) in its content area.
class WidgetTile : public Tile
{
    Q_OBJECT

public:
    explicit WidgetTile(QWidget *parent = nullptr);
    void setContent(QWidget *content); // reparented into the tile
    QWidget *content() const { return m_content; }

protected:
    void layoutContent(const QRect &area, QList<TextItem> &items) override;

private:
    QWidget *m_content = nullptr;
};

// The bar along the top: title and page, page dots and rotation state, data age and the clock.
class HeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    void setUnit(qreal unit);
    void setTitle(const QString &title, const QString &page);
    void setPages(int count, int current);
    void setMode(const QString &mode); // "Rotation paused", "Held by alert"; empty: nothing
    // The data-age indicator: text and severity (Normal: fresh). `alert`: the polling alert level.
    void setAge(const QString &text, AlertLevel severity);
    void setClock(const QString &text);

    QString ageText() const { return m_age; }
    QString clockText() const { return m_clock; }
    int pageDotCount() const { return m_pageCount; }
    const QList<TextItem> &textItems() const { return m_items; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void relayout();
    qreal m_unit = 1.0;
    QString m_title, m_page, m_mode, m_age, m_clock;
    AlertLevel m_ageSeverity = AlertLevel::Normal;
    int m_pageCount = 1;
    int m_current = 0;
    QList<TextItem> m_items;
    QList<QRect> m_dots;
    QRect m_ageDot;
    QRect m_logo;
    QIcon m_logoIcon;
};

// The strip along the bottom: key hints normally, the loudest unacknowledged alert when there is one.
class BannerBar : public QWidget
{
    Q_OBJECT

public:
    explicit BannerBar(QWidget *parent = nullptr);

    void setUnit(qreal unit);
    void setHints(const QString &hints);
    // Normal: back to the hints.
    void setAlert(AlertLevel level, const QString &text);
    AlertLevel level() const { return m_level; }
    QString text() const { return m_level == AlertLevel::Normal ? m_hints : m_text; }
    const QList<TextItem> &textItems() const { return m_items; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void relayout();
    qreal m_unit = 1.0;
    QString m_hints;
    QString m_text;
    AlertLevel m_level = AlertLevel::Normal;
    QList<TextItem> m_items;
    QRect m_icon;
};

// The PIN entry shown over the whole board when leaving it needs a PIN: a dimmed board, a card with a
// title, a password field and a message line.
class PinOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit PinOverlay(QWidget *parent = nullptr);

    void setUnit(qreal unit);
    void setTexts(const QString &title, const QString &hint);
    // `error`: drawn in the warning colour.
    void setMessage(const QString &message, bool error);
    QString message() const { return m_message; }
    QLineEdit *edit() const { return m_edit; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void relayout();
    qreal m_unit = 1.0;
    QLineEdit *m_edit = nullptr;
    QString m_title, m_hint, m_message;
    bool m_error = false;
    QRect m_card;
    QList<TextItem> m_items;
};

// Draws the warning shape (a triangle with "!") used next to every alert text.
void paintWarningShape(QPainter &painter, const QRectF &box, const QColor &colour);

} // namespace cw::wall
