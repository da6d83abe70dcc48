// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/StoreBase.h"

#include <QDateTime>
#include <optional>

namespace tokdeck {

// What was uploaded where: a media row's mediaId, and uploads by API host and content, so the
// same bytes are not uploaded twice to one server (and a sandbox mediaId never goes to
// Crosspostify).
class UploadLedger final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(UploadLedger)
    Q_DISABLE_COPY_MOVE(UploadLedger)

public:
    explicit UploadLedger(StoreContext &context);

    bool setMediaUploaded(qint64 mediaRowId, const QString &mediaId, const QDateTime &atUtc);
    // Records a media file's content hash (computed by the outbox before uploading), so later
    // posts of the same content reuse its upload.
    bool setMediaHash(qint64 mediaRowId, const QString &sha256);
    // Uploads by API host and content: reuse only what the same server issued.
    bool recordUpload(const QString &host, const QString &sha256, const QString &mediaId,
                      const QDateTime &atUtc);
    std::optional<QString> findUpload(const QString &host, const QString &sha256);
    // An earlier upload of the same bytes, to reuse instead of uploading again (newest first).
    std::optional<QString> findMediaIdBySha256(const QString &sha256);
};

} // namespace tokdeck
