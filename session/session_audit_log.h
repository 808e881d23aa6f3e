#pragma once
// session::AuditLog: the one audit log (DirectoryService.ListAuditEntries: every
// service's configuration changes and supervisor actions), searched and filtered, newest
// first, a page at a time, and kept live.
//
//   session::AuditLog log(session);
//   connect(&log, &AuditLog::reloaded, ...);          // entries() replaced (a new query)
//   connect(&log, &AuditLog::prepended, ...);         // newer entries, live, at the top
//   connect(&log, &AuditLog::appended, ...);          // an older page, at the bottom
//   log.setFilter({.search = "queue", .service = "directory"});   // reloads
//   if (log.canFetchMore()) log.fetchMore();
//
// The server searches (its `search` matches action, target, details, actor and service)
// and starts at `since` (the filter's from); the service, the action kind and the end of
// the time range are applied here, page after page, until a page's worth matched or the
// log ends.
// Live: every `audit_recorded` event (routing's and conversation's supervisor actions,
// sent to admins and supervisors) that matches the filter is put at the top at once; a
// directory change (`directory_changed`, whose audit entry is not pushed) asks the server
// for the entries newer than the newest shown. Entries are never shown twice (by id).

#include "session_supervisor_actions.h"     // AuditItem

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace session {

class Session;

struct AuditFilter {
    QString search;         // free text, as the server searches it
    QString service;        // exact: "directory", "routing", "conversation", "catalog"; empty = any
    QString action;         // an action ("queue.update") or a kind ("queue" matches "queue.*"); empty = any
    QDateTime from;         // inclusive; invalid = open
    QDateTime to;           // inclusive; invalid = open

    // Does this entry pass the filter (all of it, the search text too)?
    bool matches(const AuditItem &item) const;
    bool operator==(const AuditFilter &other) const = default;
};

class AuditLog : public QObject {
    Q_OBJECT
public:
    explicit AuditLog(Session &session, QObject *parent = nullptr);
    ~AuditLog() override;

    // Replaces the filter and reloads.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    // Entries per server page (default 100).
    void setPageSize(int size);

    // The first page of the current filter.
    void reload();
    // The next older page; only when canFetchMore().
    void fetchMore();
    bool canFetchMore() const;
    bool isLoading() const;
    bool isLoaded() const;

    // Newest first.
    QList<AuditItem> entries() const;
    // The services and action kinds seen so far (for the filter boxes), sorted.
    QStringList knownServices() const;
    QStringList knownActions() const;

signals:
    void reloaded();
    void prepended(const QList<session::AuditItem> &newest);     // newest first
    void appended(const QList<session::AuditItem> &older);       // newest first
    void loadingChanged(bool loading);
    // ListAuditEntries failed: the server's message and gRPC status code.
    void failed(const QString &error, int statusCode);

private:
    void fetchPage(quint64 generation, const QString &token, int wanted, QList<AuditItem> collected, bool first,
                   int pagesRead);
    void fetchNewer();
    void addLive(const QList<AuditItem> &items);

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
