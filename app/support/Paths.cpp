#include "support/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tokdeck {

QString dataDirectory()
{
    QString dir = qEnvironmentVariable("TOKDECK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

} // namespace tokdeck
