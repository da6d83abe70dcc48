// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MigrationsNotify.h"

namespace tokdeck {

QStringList notifyStepStatements(sql::Backend backend)
{
    if (backend != sql::Backend::Postgres)
        return {};
    // One plpgsql function behind three triggers, as step 4's posts_changed() for the change
    // log. On update, every column a view shows, but not the lease (a renewal every few
    // seconds while sending is not news to anyone's calendar); wider than step 4's list by the
    // columns added since (a series, a rate-limit wait, the TikTok link). NOTIFY is sent at
    // commit (never for a rolled-back change), and the server folds a transaction's duplicates
    // (one post written twice) into one.
    return {
        QStringLiteral("CREATE FUNCTION posts_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN IF TG_OP = 'DELETE' THEN "
                       "PERFORM pg_notify('%1', OLD.id::text); ELSE "
                       "PERFORM pg_notify('%1', NEW.id::text); END IF; "
                       "RETURN NULL; END $$")
            .arg(QLatin1StringView(postsNotifyChannel)),
        QStringLiteral("CREATE TRIGGER posts_notify_insert AFTER INSERT ON posts "
                       "FOR EACH ROW EXECUTE FUNCTION posts_notify()"),
        QStringLiteral("CREATE TRIGGER posts_notify_update AFTER UPDATE OF type, caption, "
                       "title, is_aigc, planned_at, hand_over, state, server_post_id, "
                       "last_error, revision, api_host, not_before, tiktok_url, series_id "
                       "ON posts FOR EACH ROW EXECUTE FUNCTION posts_notify()"),
        QStringLiteral("CREATE TRIGGER posts_notify_delete AFTER DELETE ON posts "
                       "FOR EACH ROW EXECUTE FUNCTION posts_notify()"),
    };
}

} // namespace tokdeck
