"""The report chain: papermill -> normalised notebook -> offline HTML -> the site.

execute   run a notebook on the project's kernel (papermill, nbclient); normalise it
render    its HTML (nbconvert, the offline template in ``templates/``)
publish   a lock per report, staging, files moved into place whole
site      the landing page ``reports/index.html``
bench     ``make bench``

The command line is :mod:`blinarepro.build`. Nothing statistical imports this package.
"""
