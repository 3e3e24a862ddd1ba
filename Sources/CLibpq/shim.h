#ifndef ENPLAN_CLIBPQ_SHIM_H
#define ENPLAN_CLIBPQ_SHIM_H

// The system's libpq (Debian's libpq-dev): .pgpass, service files, peer and Kerberos authentication
// and TLS come from the system, and nothing is compiled from source. Only PlanPostgres includes this.
#include <postgresql/libpq-fe.h>

#endif
