// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"
#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tokdeck {

class AccountsJob;
class CreatePostJob;
class UploadMediaJob;

// The one way into the Crosspostify API. Owns the network access manager, the key, the
// rate limiter and the retry policy; hands out one small job object per call (start() it
// after connecting; it deletes itself after finished()). Everything is asynchronous.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static QUrl defaultBaseUrl(); // https://v1.api.crosspostify.com

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    bool isBaseUrlAcceptable() const; // https, or http on loopback only
    bool isSandboxUrl() const;        // a loopback address: the built-in sandbox

    // Held in memory only; sent only to baseUrl()'s host.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // A call fails with Timeout when nothing moves (no byte sent or received) this long.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }

    RateLimiter &rateLimiter() { return m_rateLimiter; }

    AccountsJob *fetchAccounts();
    UploadMediaJob *uploadMedia(const QString &path, MediaFormat format);
    CreatePostJob *createPost(const CreatePostRequest &request);

    // For jobs: a request to `path` under the base URL, with the key and no redirects.
    QNetworkRequest makeRequest(const QString &path) const;
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    RetryPolicy m_retryPolicy;
    RateLimiter m_rateLimiter;
    int m_idleTimeoutMs = 30'000;
};

} // namespace tokdeck
