#pragma once

#include <QLocale>

class QCoreApplication;

namespace cw {

// Loads CallWatch's catalogue for `locale` (falling back to English, which supplies the plural forms of
// messages with %n) and Qt's own translations, and installs them on `app`. Returns true when a
// CallWatch catalogue was installed.
bool installTranslators(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace cw
