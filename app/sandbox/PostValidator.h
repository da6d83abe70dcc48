// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace tokdeck {

class SandboxState;

// What an accepted create call asked for.
struct ValidatedPost
{
    QStringList accountIds; // in posts[] order
    bool scheduled = false;
};

// The contract's rules for a create body (/post/video, /post/image, /post/images), checked
// the way the real API would: the first broken rule is reported, naming the field. The
// counting rules themselves live in rules/ (TextRules, ScheduleRules, limits::) so the
// sandbox and the client can never disagree on them.
class PostValidator
{
public:
    PostValidator(const SandboxState &state, QDateTime now)
        : m_state(state)
        , m_now(std::move(now))
    {}

    std::optional<ValidatedPost> validate(PostType type, const QJsonObject &body,
                                          QString *error) const;

private:
    bool checkForbiddenFields(PostType type, const QJsonObject &object, const QString &where,
                              QString *error) const;
    bool checkMedia(PostType type, const QJsonObject &body, QString *error) const;
    bool checkMediaId(PostType type, const QJsonValue &value, const QString &field,
                      QString *error) const;
    bool checkSchedule(const QJsonObject &body, bool *scheduled, QString *error) const;
    bool checkTarget(PostType type, const QJsonValue &value, qsizetype index,
                     QStringList *accountIds, QString *error) const;

    const SandboxState &m_state;
    QDateTime m_now;
};

} // namespace tokdeck
