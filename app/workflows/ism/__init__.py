"""The İSM desk's rules: receiving an application, the Ek-1 examination, notifications, the worklist and the monthly report."""
