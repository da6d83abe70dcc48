// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiClient.h"

#include "api/AccountsJob.h"
#include "api/CreatePostJob.h"
#include "api/UploadMediaJob.h"
#include "support/LoopbackHost.h"

namespace tokdeck {

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://v1.api.crosspostify.com"));
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(defaultBaseUrl())
{
    // Redirects are never followed automatically: the key must not travel to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Keep the key out of any on-disk cookie or cache: the API needs neither.
    m_network.setCookieJar(nullptr);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    QUrl cleaned =
        url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_baseUrl = cleaned;
}

bool ApiClient::isBaseUrlAcceptable() const
{
    return isAcceptableApiUrl(m_baseUrl);
}

bool ApiClient::isSandboxUrl() const
{
    return isLoopbackHost(m_baseUrl.host());
}

QNetworkRequest ApiClient::makeRequest(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_apiKey.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tokdeck/0.1"));
    return request;
}

AccountsJob *ApiClient::fetchAccounts()
{
    return new AccountsJob(this);
}

UploadMediaJob *ApiClient::uploadMedia(const QString &path, MediaFormat format)
{
    return new UploadMediaJob(this, path, format);
}

CreatePostJob *ApiClient::createPost(const CreatePostRequest &request)
{
    return new CreatePostJob(this, request);
}

} // namespace tokdeck
