"""Apache config tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge has one case-insensitive word table for directives, section names and values: a line's
first word is ``nc`` when it is in the table, a section's name ``nl`` (``<``, ``</`` and ``>``
with its line break ``p``, the arguments one ``sr``), and later whitespace-separated words are
``ss`` when they are in it; everything else is plain. ``#`` starts a comment where a word could.
The table was found by probing candidate words (Vim's Apache syntax, Apache 2.4 directives),
so a rare directive may be missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule, wordset

__all__ = ["LEXER"]

_WORDS = wordset(
    """
    acceptfilter acceptpathinfo accessfilename action add addalt addaltbyencoding addaltbytype addcharset
    adddefaultcharset adddescription addencoding addhandler addicon addiconbyencoding addiconbytype addinputfilter
    addlanguage addmoduleinfo addoutputfilter addoutputfilterbytype addtype alias aliasmatch all allow
    allowconnect allowencodedslashes allowoverride allowoverridelist always and anonymous anonymous_logemail
    anonymous_mustgiveemail anonymous_nouserid anonymous_verifyemail any append ascending asyncrequestworkerfactor
    attribute auth authbasicauthoritative authbasicfake authbasicprovider authconfig authdbduserpwquery
    authdbduserrealmquery authdbmgroupfile authdigestalgorithm authdigestdomain authdigestnoncelifetime
    authdigestprovider authdigestqop authdigestshmemsize authformprovider authgroupfile authldapbinddn
    authldapbindpassword authldapcharsetconfig authldapcomparednonserver authldapdereferencealiases
    authldapgroupattribute authldapgroupattributeisdn authldapremoteuserisdn authldapurl authmerging authname
    authnprovideralias authtype authuserfile authzdbmtype base basic brotlicompressionquality browsermatch
    browsermatchnocase bufferedlogs cachedefaultexpire cachedirlength cachedirlevels cachedisable cacheenable
    cachefile cacheignorecachecontrol cacheignoreheaders cacheignorenolastmod cachelastmodifiedfactor
    cachemaxexpire cachemaxfilesize cacheminfilesize cachenegotiateddocs cacheroot cachestorenostore
    cachestoreprivate cgimapextension cgipassauth change charsetdefault charsetoptions charsetsourceenc
    checkcaseonly checkspelling cmd contentdigest cookie cookie2 cookiedomain cookieexpires cookiename cookiestyle
    cookietracking coredumpdirectory customlog date dav davdepthinfinity davgenericlockdb davlockdb davmintimeout
    db dbdexptime dbdkeep dbdmax dbdmin dbdparams dbdpersist dbdpreparesql dbdriver dbm default defaulticon
    defaultlanguage defaultruntimedir defaulttype define deflatebuffersize deflatecompressionlevel
    deflatefilternote deflateinflatelimitrequestbody deflatememlevel deflatewindowsize deny descending description
    descriptionwidth digest directory directorycheckhandler directoryindex directorymatch directoryslash
    disableenv dns documentroot double dumpioinput dumpiooutput early echo edit else elseif email enableenv
    enableexceptionhook enablemmap enablesendfile env error errordocument errorlog errorlogformat example execcgi
    expiresactive expiresbytype expiresdefault expr extendedstatus extfilterdefine extfilteroptions
    fallbackresource fancyindexing file fileetag fileinfo files filesmatch filter filterchain filterdeclare
    filterprotocol filterprovider filters filtertrace finding foldersfirst followsymlinks forcelanguagepriority
    forcetype forensiclog formatted from ftype full gdbm globallog gone gracefulshutdowntimeout group h2direct
    h2push h2pushpriority handlers header headername host hostnamelookups htmltable httpprotocoloptions iconheight
    iconsarelinks iconwidth identitycheck identitychecktimeout if ifdefine ifmodule ifversion ignore ignorecase
    ignoreclient imapbase imapdefault imapmenu include includeoptional includes includesnoexec indexes indexignore
    indexoptions indexorderdefault indexstylesheet inherit inode int intype isapiappendlogtoerrors
    isapiappendlogtoquery isapicachefile isapilognotsupported isapireadaheadbuffer keepalive keepalivetimeout
    languagepriority ldap ldapcacheentries ldapcachettl ldapconnectiontimeout ldapopcacheentries ldapopcachettl
    ldapsharedcachefile ldapsharedcachesize ldaptrustedclientcert ldaptrustedglobalcert ldaptrustedmode
    ldapverifyservercert limit limitexcept limitinternalrecursion limitrequestbody limitrequestfields
    limitrequestfieldsize limitrequestline limitxmlrequestbody listen listenbacklog loadfile loadmodule location
    locationmatch logformat loglevel logmessage map maxconnectionsperchild maxkeepaliverequests maxmemfree
    maxranges maxrequestworkers maxspareservers maxsparethreads maxthreads md5 mdcertificateagreement mdomain
    mdrequirehttps merge metadir metafiles metasuffix mimemagicfile minspareservers minsparethreads mmapfile mode
    modmimeusepathinfo mtime multiviews multiviewsmatch mutex name namevirtualhost namewidth ndbm negotiatedonly
    never no nocontent none noproxy note nwssltrustedcerts nwsslupgradeable off on optional options or order os
    outtype passenv permanent pidfile preservescontentlength protocolecho protocols protocolshonororder proxy
    proxyaddheaders proxybadheader proxyblock proxydomain proxyerroroverride proxyfcgibackendtype proxyhtmlenable
    proxyhtmlurlmap proxyiobuffersize proxymatch proxymaxforwards proxypass proxypassinterpolateenv proxypassmatch
    proxypassreverse proxypassreversecookiedomain proxypassreversecookiepath proxypreservehost
    proxyreceivebuffersize proxyremote proxyremotematch proxyrequests proxyset proxystatus proxytimeout proxyvia
    qualifyredirecturl readmename redirect redirectmatch redirectpermanent redirecttemp referer registerhttpmethod
    registry remoteipheader remoteipinternalproxy remoteipproxiesheader remoteiptrustedproxy removecharset
    removeencoding removehandler removeinputfilter removeoutputfilter removetype requestheader require requireall
    requireany requirenone rewritebase rewritecond rewriteengine rewritemap rewriteoptions rewriterule rfc2109
    rlimitcpu rlimitmem rlimitnproc satisfy scanhtmltitles scoreboardfile script scriptalias scriptaliasmatch
    scriptinterpretersource scriptlog scriptlogbuffer scriptloglength sdbm searching securelisten seeother
    semiformatted sendbuffersize serveradmin serveralias serverlimit servername serverpath serverroot
    serversignature servertokens set setenv setenvif setenvifexpr setenvifnocase sethandler setifempty
    setinputfilter setoutputfilter showforbidden size ssiendtag ssierrormsg ssistarttag ssitimeformat
    ssiundefinedecho sslcacertificatefile sslcacertificatepath sslcadnrequestfile sslcadnrequestpath
    sslcarevocationcheck sslcarevocationfile sslcarevocationpath sslcertificatechainfile sslcertificatefile
    sslcertificatekeyfile sslciphersuite sslcompression sslcryptodevice sslengine sslfips sslhonorcipherorder
    sslinsecurerenegotiation sslocspdefaultresponder sslocspenable sslopensslconfcmd ssloptions
    sslpassphrasedialog sslprotocol sslproxycacertificatefile sslproxycacertificatepath sslproxycarevocationcheck
    sslproxycarevocationfile sslproxycarevocationpath sslproxycheckpeercn sslproxycheckpeerexpire
    sslproxyciphersuite sslproxyengine sslproxymachinecertificatechainfile sslproxymachinecertificatefile
    sslproxymachinecertificatepath sslproxyprotocol sslproxyverify sslproxyverifydepth sslrandomseed
    sslrenegbuffersize sslrequire sslrequiressl sslsessioncache sslsessioncachetimeout sslsessionticketkeyfile
    sslsessiontickets sslsrpverifierfile sslstaplingcache sslstaplingerrorcachetimeout sslstaplingfaketrylater
    sslstaplingforceurl sslstaplingrespondertimeout sslstaplingresponsemaxage sslstaplingresponsetimeskew
    sslstaplingreturnrespondererrors sslstaplingstandardcachetimeout sslstrictsnivhostcheck sslusername
    sslusestapling sslverifyclient sslverifydepth startservers startthreads string suexecusergroup
    suppresscolumnsorting suppressdescription suppresshtmlpreamble suppressicon suppresslastmodified suppressrules
    suppresssize symlinksifownermatch temp threadlimit threadsperchild threadstacksize timeout traceenable
    trackmodified transferlog type typesconfig undefine unformatted unset unsetenv usecanonicalname
    usecanonicalphysicalport user userdir versionsort virtualdocumentroot virtualdocumentrootip virtualhost
    virtualscriptalias virtualscriptaliasip xbithack xhtml
    """
)


def _known(cls: str):  # type: ignore[no-untyped-def]
    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        yield (cls if m.group().lower() in _WORDS else "", m.group())

    return action


def _section(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield ("p", m.group(1))
    yield ("nl" if m.group(2).lower() in _WORDS else "", m.group(2))
    if m.group(3):
        yield ("sr", m.group(3))
    yield ("p", m.group(4))


LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", ""),
            rule(r"#[^\n]*", "c"),
            rule(r"(</?)(\w+)([^>\n]*)(>\n?)", _section),
            rule(r"\w+", _known("nc"), "value"),
        ],
        "value": [
            rule(r"\n", "", "#pop"),
            rule(r"\s+", ""),
            rule(r"#[^\n]*", "c"),
            rule(r"\S+", _known("ss")),
        ],
    }
)
