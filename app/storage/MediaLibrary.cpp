// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MediaLibrary.h"

#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace tokdeck {

using namespace sql;

namespace {

// A LIKE pattern matching `text` anywhere, its wildcards taken literally.
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// Which rows a group's usage is read from: the same content, or the same path when the row
// has no fingerprint yet.
QString groupWhere(const LibraryFile &file)
{
    return file.sha256.isEmpty() ? QStringLiteral("m.path = ? AND m.sha256 = ''")
                                 : QStringLiteral("m.sha256 = ?");
}

} // namespace

MediaLibrary::MediaLibrary(StoreContext &context)
    : StoreBase(context)
{}

QList<LibraryFile> MediaLibrary::page(const QString &search, int limit, qint64 afterRow)
{
    const QString operation = tr("Could not list the media library");
    if (!ensureOpen(operation) || limit <= 0)
        return {};
    const QString text = search.trimmed();
    // Rows newest first, each the newest of its group (a later row of the same content or,
    // unhashed, the same path, hides it): both probes are index lookups (media_sha256,
    // media_path), so a page reads about `limit` rows however long the history is.
    QString sql = QStringLiteral(
        "SELECT m.id, m.path, m.size, m.sha256, m.kind, m.width, m.height, m.duration_seconds "
        "FROM media m WHERE m.id < ? "
        "AND (m.sha256 = '' OR NOT EXISTS (SELECT 1 FROM media n "
        "WHERE n.sha256 = m.sha256 AND n.id > m.id)) "
        "AND (m.sha256 <> '' OR NOT EXISTS (SELECT 1 FROM media n "
        "WHERE n.path = m.path AND n.sha256 = '' AND n.id > m.id))");
    if (!text.isEmpty())
        sql += QStringLiteral(" AND m.path %1 ? ESCAPE '\\'")
                   .arg(caseInsensitiveLike(backendOf(connection())));
    sql += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    // LIKE also matches the folder and folds ASCII case only: it narrows the scan, and the
    // file name is checked here. A batch larger than the page leaves room for folder hits.
    const int batch = std::max(limit * 2, 64);
    QList<LibraryFile> files;
    qint64 cursor = afterRow > 0 ? afterRow : std::numeric_limits<qint64>::max();
    while (files.size() < limit) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        QVariantList binds{cursor};
        if (!text.isEmpty())
            binds << containsPattern(text);
        binds << batch;
        if (!execOrFail(query, sql, binds, operation))
            return {};
        int read = 0;
        while (query.next() && files.size() < limit) {
            ++read;
            cursor = query.value(0).toLongLong();
            const QString path = query.value(1).toString();
            if (!text.isEmpty() && !QFileInfo(path).fileName().contains(text, Qt::CaseInsensitive))
                continue;
            LibraryFile file;
            file.newestRow = cursor;
            file.path = path;
            file.size = query.value(2).toLongLong();
            file.sha256 = query.value(3).toString();
            file.kind = mediaKindFromKey(query.value(4).toString());
            file.width = query.value(5).toInt();
            file.height = query.value(6).toInt();
            file.durationSeconds = query.value(7).toDouble();
            files.append(file);
        }
        if (read < batch) // the history is read to its start (or the page is full)
            break;
    }
    for (LibraryFile &file : files) {
        if (!fillUsage(file, operation))
            return {};
    }
    return files;
}

bool MediaLibrary::forget(const LibraryFile &file)
{
    const QString name = QFileInfo(file.path).fileName();
    const QString operation = tr("Could not remove \"%1\" from the media library").arg(name);
    if (!ensureOpen(operation))
        return false;
    const QVariant key = file.sha256.isEmpty() ? QVariant(file.path) : QVariant(file.sha256);
    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return false;
    QSqlQuery query(connection());
    // The check and the delete in one statement: a post that takes the file a moment earlier
    // keeps it (post_media's foreign key would refuse the delete anyway).
    if (!execOrFail(
            query,
            QStringLiteral("DELETE FROM media WHERE id IN (SELECT m.id FROM media m WHERE ")
                + groupWhere(file)
                + QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM post_media pm JOIN media m "
                                 "ON m.id = pm.media_row WHERE ")
                + groupWhere(file) + QStringLiteral(")"),
            {key, key}, operation))
        return false;
    if (query.numRowsAffected() == 0) {
        LibraryFile used = file;
        used.recentPosts.clear();
        if (!fillUsage(used, operation))
            return false;
        if (used.postCount > 0) {
            fail(tr("%1: %n post(s) still use it. Delete those posts or give them another file "
                    "first.",
                    nullptr, used.postCount)
                     .arg(operation));
            return false;
        }
    }
    return commitOrFail(transaction, operation);
}

bool MediaLibrary::fillUsage(LibraryFile &file, const QString &operation)
{
    const QVariant key = file.sha256.isEmpty() ? QVariant(file.path) : QVariant(file.sha256);
    const QString from = QStringLiteral("FROM media m JOIN post_media pm ON pm.media_row = m.id "
                                        "JOIN posts p ON p.id = pm.post_id WHERE ")
                         + groupWhere(file);
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!execOrFail(query,
                    QStringLiteral("SELECT COUNT(DISTINCT pm.post_id), MIN(p.created_at) ") + from,
                    {key}, operation))
        return false;
    if (query.next()) {
        file.postCount = query.value(0).toInt();
        file.firstAdded = fromMillis(query.value(1));
    }
    if (!execOrFail(query,
                    QStringLiteral("SELECT DISTINCT pm.post_id ") + from
                        + QStringLiteral(" ORDER BY pm.post_id DESC LIMIT %1").arg(recentShown),
                    {key}, operation))
        return false;
    while (query.next())
        file.recentPosts.append(query.value(0).toLongLong());
    return true;
}

} // namespace tokdeck
