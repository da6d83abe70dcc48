// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/CsvPostImporter.h"

#include "exchange/CsvReader.h"
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
    using Severity = ValidationIssue::Severity;
    Result result;
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 could not be opened (%2).")
                           .arg(QFileInfo(csvPath).fileName(), file.errorString());
        return result;
    }
    QString parseError;
    const auto records = CsvReader::parse(file.readAll(), &parseError);
    if (!records) {
        result.error = parseError;
        return result;
    }
    if (records->isEmpty()) {
        result.error =
            tr("%1 is empty; it needs the header row media,caption,title,accounts,at,aigc.")
                .arg(QFileInfo(csvPath).fileName());
        return result;
    }

    QHash<QString, int> column;
    const QStringList header = records->first().fields;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const auto name : {QLatin1StringView("media"), QLatin1StringView("caption"),
                            QLatin1StringView("accounts")}) {
        if (!column.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        result.error =
            tr("The header row lacks %1; it should read media,caption,title,accounts,at,aigc.")
                .arg(missing.join(QStringLiteral(", ")));
        return result;
    }

    const QDir base = QFileInfo(csvPath).absoluteDir();
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvReader::Record &record = records->at(r);
        const auto cell = [&](const char *name) {
            const int index = column.value(QLatin1StringView(name), -1);
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
                QDir::isAbsolutePath(path) ? path : base.absoluteFilePath(path);
            if (!QFileInfo::exists(absolute)) {
                row.issues.append(
                    {Severity::Reject, path, tr("No such file (looked in %1).").arg(absolute)});
                continue;
            }
            QString probeError;
            const MediaInfo info = MediaProbe::probe(absolute, &probeError);
            if (!probeError.isEmpty() && info.kind() != MediaKind::Unknown)
                row.issues.append({Severity::Reject, path, probeError});
            media.append(info);
            post.media.append(PostMedia::fromInfo(info));
        }
        if (media.isEmpty() && !hasRejection(row.issues))
            row.issues.append({Severity::Reject, tr("media"),
                               tr("The media cell is empty; name a video or images.")});

        const QString at = cell("at");
        if (!at.isEmpty()) {
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
                row.issues += PostRules::check(check, nowUtc, knownAccounts); // schedule: below
            } else {
                for (const MediaInfo &info : std::as_const(media))
                    row.issues += MediaRules::check(info); // names the file that is not media
            }
        }
        if (post.plannedAt)
            row.issues += ScheduleRules::check(*post.plannedAt, nowUtc,
                                               ScheduleRules::BeyondWindow::HoldLocally);
        result.rows.append(row);
    }
    return result;
}

} // namespace tokdeck
