// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/CsvPostImporter.h"

#include "exchange/CsvReader.h"
#include "media/LocalFileCheck.h"
#include "media/MediaProbe.h"
#include "rules/MediaRules.h"
#include "rules/PostRules.h"
#include "rules/ScheduleRules.h"
#include "support/UtcTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tokdeck {

namespace {

QStringList splitCell(const QString &cell)
{
    QStringList values;
    for (const QString &part : cell.split(QLatin1Char('|'))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

// What one media file turned out to be, kept for the rest of the import: 20,000 rows naming
// the same video probe it once, not 20,000 times.
struct ProbedFile
{
    QString refusal; // not a regular file, or missing: the row is refused with this
    MediaInfo info;
    QString probeError;
};

} // namespace

int CsvPostImporter::Result::goodCount() const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [](const Row &row) { return row.isGood(); }));
}

int CsvPostImporter::Result::badCount() const
{
    return int(rows.size()) - goodCount();
}

CsvPostImporter::Result CsvPostImporter::read(const QString &csvPath, const QDateTime &nowUtc,
                                              const std::optional<QList<Account>> &knownAccounts)
{
    Options options;
    options.knownAccounts = knownAccounts;
    return read(csvPath, nowUtc, options);
}

CsvPostImporter::Result CsvPostImporter::read(const QString &csvPath, const QDateTime &nowUtc,
                                              const Options &options)
{
    using Severity = ValidationIssue::Severity;
    Result result;
    const QString name = QFileInfo(csvPath).fileName();
    const auto refuse = [&result](const QString &message) {
        result.rows.clear(); // the file as a whole is refused: no row of it counts
        result.error = message;
        return result;
    };
    const QString tooLarge =
        tr("%1 is larger than %2 MiB. Split it into smaller files and import them one by one.")
            .arg(name)
            .arg(options.maxFileBytes / (1024 * 1024));
    // The CSV itself may be a FIFO or /dev/zero too: refused before a byte is read.
    QFile file;
    if (const auto refusal = LocalFileCheck::openRegularFile(file, csvPath))
        return refuse(refusal->message);
    if (file.size() > options.maxFileBytes)
        return refuse(tooLarge);

    const auto probe = options.probe ? options.probe : [](const QString &path, QString *error) {
        return MediaProbe::probe(path, error);
    };
    QHash<QString, ProbedFile> cache;
    const QDir base = QFileInfo(csvPath).absoluteDir();
    QHash<QString, int> column;
    bool haveHeader = false;
    const auto reportProgress = [&] {
        if (options.progress)
            options.progress(int(result.rows.size()));
    };

    // Takes one record as the reader completes it; false (result.error set) stops the import.
    const auto take = [&](const CsvReader::Record &record) {
        if (!haveHeader) {
            haveHeader = true;
            const QStringList header = record.fields;
            for (int i = 0; i < header.size(); ++i)
                column.insert(header.at(i).trimmed().toLower(), i);
            QStringList missing;
            for (const auto required : {QLatin1StringView("media"), QLatin1StringView("caption"),
                                        QLatin1StringView("accounts")}) {
                if (!column.contains(required))
                    missing.append(required);
            }
            if (!missing.isEmpty()) {
                refuse(tr("The header row lacks %1; it should read "
                          "media,caption,title,accounts,at,aigc.")
                           .arg(missing.join(QStringLiteral(", "))));
                return false;
            }
            return true;
        }
        if (result.rows.size() >= options.maxRows) {
            refuse(tr("%1 has more than %2 rows (line %3). Split it into files of at most %2 "
                      "rows and import them one by one.")
                       .arg(name)
                       .arg(options.maxRows)
                       .arg(record.line));
            return false;
        }
        const auto cell = [&](const char *key) {
            const int index = column.value(QLatin1StringView(key), -1);
            return index >= 0 ? record.fields.value(index).trimmed() : QString();
        };
        Row row;
        row.line = record.line;
        Post &post = row.post;
        post.state = PostState::Draft;
        post.caption = cell("caption");
        post.title = cell("title");

        QList<MediaInfo> media;
        for (const QString &path : splitCell(cell("media"))) {
            const QString absolute =
                QDir::cleanPath(QDir::isAbsolutePath(path) ? path : base.absoluteFilePath(path));
            auto known = cache.find(absolute);
            if (known == cache.end()) {
                ProbedFile probed;
                if (!QFileInfo::exists(absolute))
                    probed.refusal = tr("No such file (looked in %1).").arg(absolute);
                else if (const auto refusal = LocalFileCheck::checkRegularFile(absolute))
                    probed.refusal = *refusal; // a FIFO here once hung the import for good
                else if (!options.fix)
                    probed.info = probe(absolute, &probed.probeError);
                else if (const QString usable = options.fix(absolute, &probed.refusal);
                         !usable.isEmpty())
                    probed.info = probe(usable, &probed.probeError);
                known = cache.insert(absolute, probed);
            }
            if (!known->refusal.isEmpty()) {
                row.issues.append({Severity::Reject, path, known->refusal});
                continue;
            }
            const MediaInfo &info = known->info;
            if (!known->probeError.isEmpty() && info.kind() != MediaKind::Unknown)
                row.issues.append({Severity::Reject, path, known->probeError});
            media.append(info);
            post.media.append(PostMedia::fromInfo(info));
        }
        if (media.isEmpty() && !hasRejection(row.issues))
            row.issues.append({Severity::Reject, tr("media"),
                               tr("The media cell is empty; name a video or images.")});

        const QString at = cell("at");
        row.queued = at.compare(QLatin1StringView("queue"), Qt::CaseInsensitive) == 0;
        if (!at.isEmpty() && !row.queued) {
            if (const auto when = parseUserTimestamp(at))
                post.plannedAt = *when;
            else
                row.issues.append(
                    {Severity::Reject, tr("at"),
                     tr("\"%1\" is not a time; use 2026-06-01T14:00:00Z or local 2026-06-01 14:00.")
                         .arg(at)});
        }
        const QString aigc = cell("aigc").toLower();
        if (aigc == QLatin1StringView("true") || aigc == QLatin1StringView("yes")
            || aigc == QLatin1StringView("1"))
            post.isAigc = true;
        else if (!aigc.isEmpty() && aigc != QLatin1StringView("false")
                 && aigc != QLatin1StringView("no") && aigc != QLatin1StringView("0"))
            row.issues.append({Severity::Reject, tr("aigc"),
                               tr("\"%1\" is not true or false.").arg(cell("aigc"))});

        for (const QString &account : splitCell(cell("accounts")))
            post.accounts.append({account, {}, {}});

        if (!media.isEmpty()) {
            ValidationIssues typeIssues;
            const auto type = PostRules::typeForMedia(media, &typeIssues);
            row.issues += typeIssues;
            if (type) {
                post.type = *type;
                PostCheckInput check;
                check.type = *type;
                check.media = media;
                check.title = post.title;
                check.targets = post.resolvedTargets();
                check.isAigc = post.isAigc;
                row.issues +=
                    PostRules::check(check, nowUtc, options.knownAccounts); // schedule: below
            } else {
                for (const MediaInfo &info : std::as_const(media))
                    row.issues += MediaRules::check(info); // names the file that is not media
            }
        }
        // Only a row good otherwise takes a slot: a refused row must not hold one.
        if (row.queued && !hasRejection(row.issues)) {
            QString reason = tr("This import cannot use the queue; give the row a time.");
            if (const auto slot =
                    options.queueSlot ? options.queueSlot(post, &reason) : std::nullopt)
                post.plannedAt = *slot;
            else
                row.issues.append({Severity::Reject, tr("at"), reason});
        }
        if (post.plannedAt)
            row.issues += ScheduleRules::check(*post.plannedAt, nowUtc,
                                               ScheduleRules::BeyondWindow::HoldLocally);
        result.rows.append(row);
        if (options.progressEvery > 0 && result.rows.size() % options.progressEvery == 0)
            reportProgress();
        return true;
    };

    CsvReader reader(options.csv);
    qint64 readBytes = 0;
    constexpr qint64 chunkBytes = 64 * 1024;
    for (;;) {
        const QByteArray chunk = file.read(chunkBytes);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return refuse(tr("%1 could not be read to its end (%2). Check the disk or copy "
                                 "the file again.")
                                  .arg(name, file.errorString()));
            break;
        }
        readBytes += chunk.size();
        if (readBytes > options.maxFileBytes) // it grew while being read
            return refuse(tooLarge);
        if (!reader.feed(chunk))
            return refuse(tr("%1: %2").arg(name, reader.error()));
        for (const CsvReader::Record &record : reader.takeRecords()) {
            if (!take(record))
                return result;
        }
    }
    if (!reader.finish())
        return refuse(tr("%1: %2").arg(name, reader.error()));
    for (const CsvReader::Record &record : reader.takeRecords()) {
        if (!take(record))
            return result;
    }
    if (!haveHeader)
        return refuse(
            tr("%1 is empty; it needs the header row media,caption,title,accounts,at,aigc.")
                .arg(name));
    reportProgress();
    return result;
}

} // namespace tokdeck
