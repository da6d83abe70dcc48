// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/UploadLedger.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace tokdeck {

using namespace sql;

UploadLedger::UploadLedger(StoreContext &context)
    : StoreBase(context)
{}

bool UploadLedger::setMediaUploaded(qint64 mediaRowId, const QString &mediaId,
                                    const QDateTime &atUtc)
{
    const QString operation = tr("Could not record the upload of media %1").arg(mediaRowId);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("UPDATE media SET media_id = ?, uploaded_at = ? WHERE id = ?"),
                    {text(mediaId), millisOrNull(atUtc), mediaRowId}, operation))
        return false;
    if (query.numRowsAffected() == 0) {
        fail(tr("%1: there is no such media row.").arg(operation));
        return false;
    }
    return true;
}

bool UploadLedger::setMediaHash(qint64 mediaRowId, const QString &sha256)
{
    const QString operation = tr("Could not record the content hash of media %1").arg(mediaRowId);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (!execOrFail(query, QStringLiteral("UPDATE media SET sha256 = ? WHERE id = ?"),
                    {text(sha256), mediaRowId}, operation))
        return false;
    return true;
}

bool UploadLedger::recordUpload(const QString &host, const QString &sha256, const QString &mediaId,
                                const QDateTime &atUtc)
{
    const QString operation = tr("Could not record an upload to %1").arg(host);
    if (!ensureOpen(operation))
        return false;
    QSqlQuery query(connection());
    if (!execOrFail(
            query,
            QStringLiteral("INSERT INTO uploads (host, sha256, media_id, uploaded_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (host, sha256) DO UPDATE SET "
                           "media_id = excluded.media_id, uploaded_at = excluded.uploaded_at"),
            {text(host), text(sha256), text(mediaId), millisOrNull(atUtc)}, operation))
        return false;
    return true;
}

std::optional<QString> UploadLedger::findUpload(const QString &host, const QString &sha256)
{
    const QString operation = tr("Could not look up an earlier upload");
    if (!ensureOpen(operation) || sha256.isEmpty())
        return std::nullopt;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT media_id FROM uploads WHERE host = ? AND sha256 = ?"),
                    {text(host), text(sha256)}, operation))
        return std::nullopt;
    clearError();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<QString> UploadLedger::findMediaIdBySha256(const QString &sha256)
{
    if (!ensureOpen(tr("Could not look up an earlier upload")) || sha256.isEmpty())
        return std::nullopt;
    QSqlQuery query(connection());
    if (!execOrFail(query,
                    QStringLiteral("SELECT media_id FROM media WHERE sha256 = ? AND "
                                   "media_id <> '' ORDER BY uploaded_at DESC, id DESC LIMIT 1"),
                    {sha256}, tr("Could not look up an earlier upload")))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace tokdeck
