#include "enplan_pq.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// The table of libpq's functions, filled once (pthread_once) and read-only after.
#define ENPLAN_PQ_FUNCTIONS(X) \
    X(PQconnectdb) X(PQstatus) X(PQerrorMessage) X(PQfinish) X(PQexecParams) X(PQexec) X(PQresultStatus) \
    X(PQntuples) X(PQnfields) X(PQgetisnull) X(PQgetvalue) X(PQresultErrorField) X(PQclear) \
    X(PQconsumeInput) X(PQbackendPID) X(PQnotifies) X(PQfreemem) X(PQreset)

#define DECLARE(name) static __typeof__(&name) p_##name;
ENPLAN_PQ_FUNCTIONS(DECLARE)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure = "libpq could not be loaded";

static void load(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        failure = "the PostgreSQL client library (libpq.so.5) is not installed; apt install libpq5";
        return;
    }
#define RESOLVE(name) \
    p_##name = (__typeof__(&name))dlsym(library, #name); \
    if (p_##name == NULL) { failure = "libpq.so.5 lacks " #name "; install a newer libpq5"; return; }
    ENPLAN_PQ_FUNCTIONS(RESOLVE)
    failure = NULL;
}

const char *enplan_pq_load(void) {
    pthread_once(&once, load);
    return failure;
}

PGconn *enplan_PQconnectdb(const char *conninfo) { return p_PQconnectdb(conninfo); }
ConnStatusType enplan_PQstatus(const PGconn *conn) { return p_PQstatus(conn); }
char *enplan_PQerrorMessage(const PGconn *conn) { return p_PQerrorMessage(conn); }
void enplan_PQfinish(PGconn *conn) { p_PQfinish(conn); }
void enplan_PQreset(PGconn *conn) { p_PQreset(conn); }
PGresult *enplan_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                              const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                              int resultFormat) {
    return p_PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}
PGresult *enplan_PQexec(PGconn *conn, const char *query) { return p_PQexec(conn, query); }
ExecStatusType enplan_PQresultStatus(const PGresult *res) { return p_PQresultStatus(res); }
int enplan_PQntuples(const PGresult *res) { return p_PQntuples(res); }
int enplan_PQnfields(const PGresult *res) { return p_PQnfields(res); }
int enplan_PQgetisnull(const PGresult *res, int row, int column) { return p_PQgetisnull(res, row, column); }
char *enplan_PQgetvalue(const PGresult *res, int row, int column) { return p_PQgetvalue(res, row, column); }
char *enplan_PQresultErrorField(const PGresult *res, int fieldcode) { return p_PQresultErrorField(res, fieldcode); }
void enplan_PQclear(PGresult *res) { p_PQclear(res); }
int enplan_PQconsumeInput(PGconn *conn) { return p_PQconsumeInput(conn); }
int enplan_PQbackendPID(const PGconn *conn) { return p_PQbackendPID(conn); }
PGnotify *enplan_PQnotifies(PGconn *conn) { return p_PQnotifies(conn); }
void enplan_PQfreemem(void *ptr) { p_PQfreemem(ptr); }
