#ifndef ENPLAN_PQ_H
#define ENPLAN_PQ_H

// libpq, loaded when a database is first named (dlopen), not linked: a coordinator on a data folder
// never pays for it and the twenty libraries it brings (Kerberos, LDAP, TLS). The types come from
// Debian's libpq-dev; every call goes through the functions below, named as libpq names them.
#include <postgresql/libpq-fe.h>

/// Loads libpq once; NULL when it is there, else why not (for the person to read).
const char *enplan_pq_load(void);

PGconn *enplan_PQconnectdb(const char *conninfo);
ConnStatusType enplan_PQstatus(const PGconn *conn);
char *enplan_PQerrorMessage(const PGconn *conn);
void enplan_PQfinish(PGconn *conn);
void enplan_PQreset(PGconn *conn);
PGresult *enplan_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                              const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                              int resultFormat);
PGresult *enplan_PQexec(PGconn *conn, const char *query);
ExecStatusType enplan_PQresultStatus(const PGresult *res);
int enplan_PQntuples(const PGresult *res);
int enplan_PQnfields(const PGresult *res);
int enplan_PQgetisnull(const PGresult *res, int row, int column);
char *enplan_PQgetvalue(const PGresult *res, int row, int column);
char *enplan_PQresultErrorField(const PGresult *res, int fieldcode);
void enplan_PQclear(PGresult *res);
int enplan_PQconsumeInput(PGconn *conn);
int enplan_PQbackendPID(const PGconn *conn);
PGnotify *enplan_PQnotifies(PGconn *conn);
void enplan_PQfreemem(void *ptr);

#endif
