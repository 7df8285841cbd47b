"""Vim script words rouge 3.30 highlights, found by probing it as a black box.

Rouge matches a word only when it is exactly one of its table's names (a command's short form
or its full name, not the forms in between: ``bd`` and ``bdelete`` but not ``bdel``), and
many common words (``echo``, ``autocmd``, ``nnoremap``) are missing from its tables. Every
lower-case word of up to four letters, every mixed-case one of up to three, and every
prefix of a name in Pygments' or Vim 9.0's Vim tables, and every word of the sites' sources,
was probed.
"""

from __future__ import annotations

from homepage_gen.render.rouge_lexer import wordset

__all__ = ["BUILTINS", "COMMANDS"]

# Commands: ``k``.
COMMANDS = wordset(
    """
    a ab abc abclear abo aboveleft addd al all ar arga argadd argd argdelete argdo arge argedit argg argglobal argl
    arglocal args argu argument as ascii au b bN bNext ba bad badd ball bd bdelete bel belowright bf bfirst bl blast
    bm bmodified bn bnext bo botright bp bprevious br brea break breaka breakadd breakd breakdel breakl breaklist
    brewind bro browse bufdo buffer buffers bun bunload bw bwipeout c cN cNext cNf cNfile ca cabc cabclear cabo
    cabove cad caddbuffer cadde caddexpr caddf caddfile caf cafter cal call cat catch cb cbe cbefore cbel cbelow cbo
    cbottom cbuffer cc ccl cclose cd cdo ce center cex cexpr cf cfdo cfile cfir cfirst cg cgetb cgetbuffer cgete
    cgetexpr cgetfile change changes chd chdir che checkpath checkt checktime chi chistory cl cla clast cle
    clearjumps clist clo close cmapc cmapclear cn cnew cnewer cnext cnf cnfile cnor co col colder colo colorscheme
    com comc comclear comp compiler con conf confirm cons const continue cope copen copy cp cpf cpfile cprevious cq
    cquit cr crewind cs cscope cstag cun cuna cunabbrev cw cwindow d debug debugg debuggreedy def delc delcommand
    delel delep delete deletel deletep deletl deletp delf delfunction dell delm delmarks delp dep di dif diffg
    diffget diffo diffoff diffp diffpatch diffpu diffput diffs diffsplit difft diffthis diffupdate dig digraphs dir
    disa disassemble display dj djump dl dli dlist do doau doaut dp dr drop ds dsearch dsp dsplit e ea earlier ec
    echoe echoerr echom echomsg echon edit el else elsei elseif em emenu en endd enddef endf endfo endfor
    endfunction endif endt endtry endw endwhile ene enew eval ex exi exit exp export exu exusage f file files filet
    filetype filt filter fin fina finally find fini finish fir first fix fixdel fo fold foldc foldclose foldd
    folddoc folddoclosed folddoopen foldo foldopen for fu fun function g go goto gr grep grepa grepadd gui gvim h ha
    hardcopy help helpc helpclose helpf helpfind helpg helpgrep helpt helptags hi hid hide his history i ia iabc
    iabclear if ij ijump il ilist imapc imapclear imp import in inor intro is isearch isp isplit iuna iunabbrev j
    join ju jumps k kee keepa keepalt keepj keepjumps keepmarks keepp keeppatterns l lN lNext lNf lNfile la lab
    labove lad laddb laddbuffer laddexpr laddf laddfile laf lafter lan language last lat later lb lbe lbefore lbel
    lbelow lbo lbottom lbuffer lc lcd lch lchdir lcl lclose lcs lcscope ld ldo le left lefta leftabove let lex lexpr
    lf lfdo lfile lfir lfirst lg lgetb lgetbuffer lgete lgetexpr lgetfile lgr lgrep lgrepa lgrepadd lh lhelpgrep lhi
    lhistory list ll lla llast lli llist lma lmak lmake lmapc lmapclear lne lnew lnewer lnext lnf lnfile lo loadk
    loadkeymap loadview loc lockmarks lockv lockvar lol lolder lop lopen lp lpf lpfile lprevious lr lrewind ls lt
    ltag lua luado luafile lv lvimgrep lvimgrepa lvimgrepadd lw lwindow m ma mak make mark marks mat match menut
    menutranslate mes messages mk mkexrc mks mksession mksp mkspell mkv mkvie mkview mkvimrc mod mode move mz mzf
    mzfile mzscheme n nb nbc nbclose nbkey nbs nbstart new next nmapc nmapclear noa noautocmd noh nohlsearch nor
    nore nos noswapfile nu number o ol oldfiles omapc omapclear on only open opt options ownsyntax p pa packadd
    packl packloadall pc pclose pe ped pedit perl perld perldo po pop popu popup pp ppop pre preserve prev previous
    print pro prof profd profdel profile promptf promptfind promptr promptrepl ps psearch ptN ptNext pta ptag ptf
    ptfirst ptj ptjump ptl ptlast ptn ptnext ptp ptprevious ptr ptrewind pts ptselect pu put pw pwd py py3 py3do
    py3f py3file pydo pyf pyfile python python3 pythonx pyx pyxdo pyxfile q qa qall quit quita quitall r read rec
    recover red redi redir redo redr redraw redraws redrawstatus redrawt redrawtabline reg registers res resize ret
    retab retu return rew rewind ri right rightb rightbelow ru rub ruby rubyd rubydo rubyf rubyfile rundo runtime rv
    rviminfo sI sIc sIe sIg sIl sIn sIp sIr sN sNext sa sal sall san sandbox sargument sav saveas sb sbN sbNext sba
    sball sbf sbfirst sbl sblast sbm sbmodified sbn sbnext sbp sbprevious sbr sbrewind sbuffer sc scI sce scg sci
    scl scp scr scripte scriptencoding scriptnames scriptv scriptversion scs scscope se set setf setfiletype setg
    setglobal setl setlocal sf sfind sfir sfirst sg sgI sgc sge sgi sgl sgn sgp sgr sh shell si sic sie sig sign sil
    silent sim simalt sin sip sir sl sla slast sleep sm smagic smap sme smenu smile sn snext sno snomagic snoreme
    snoremenu so sor sort source sp spe spelld spelldump spellgood spelli spellinfo spellr spellrare spellrepall
    spellrrare spellu spellundo spellw spellwrong split spr sprevious sr srI src sre srewind srg sri srl srn srp st
    sta stag star startg startgreplace startinsert startr startreplace stj stjump stop stopi stopinsert sts stselect
    sun sunhide sunme sunmenu sus suspend sv sview sw swapname sy syn sync syncbind syntime t tN tNext ta tab tabN
    tabNext tabc tabclose tabd tabdo tabe tabedit tabf tabfind tabfir tabfirst tabl tablast tabm tabmove tabn tabnew
    tabnext tabo tabonly tabp tabprevious tabr tabrewind tabs tag tags tc tcd tch tchdir tcl tcld tcldo tclf tclfile
    te tearoff ter terminal tf tfirst th throw tj tjump tl tlast tlm tlmenu tln tlnoremenu tlu tlunmenu tm tma tmap
    tmapc tmapclear tmenu tn tnext tno tnoremap to topleft tp tprevious tr trewind try ts tselect tu tunma tunmap
    tunmenu u una unabbreviate undo undoj undojoin undol undolist unh unhide unl unlo unlockvar uns unsilent up
    update v ve verb verbose version vert vertical vi vie view vim vim9 vim9script vimgrep vimgrepa vimgrepadd
    visual viu viusage vmapc vmapclear vne vnew vs vsplit w wN wNext wa wall wh while win winc wincmd windo winp
    winpos winsize wn wnext wp wprevious wq wqa wqall write wundo wv wviminfo x xa xall xit xmapc xmapclear xme
    xmenu xnoreme xnoremenu xprop xr xrestore xunme xunmenu xwininfo y yank
    """
)

# Options, autocommand events and functions: ``nb``.
BUILTINS = wordset(
    """
    BufAdd BufCreate BufDelete BufEnter BufFilePost BufFilePre BufHidden BufLeave BufNew BufNewFile BufRead
    BufReadCmd BufReadPost BufReadPre BufUnload BufWinEnter BufWinLeave BufWipeout BufWrite BufWriteCmd BufWritePost
    BufWritePre CmdUndefined CmdlineChanged CmdlineEnter CmdlineLeave CmdwinEnter CmdwinLeave ColorScheme
    ColorSchemePre CompleteChanged CompleteDone CompleteDonePre CursorHold CursorHoldI CursorMoved CursorMovedI
    DiffUpdated DirChanged EncodingChanged ExitPre FileAppendCmd FileAppendPost FileAppendPre FileChangedRO
    FileChangedShell FileChangedShellPost FileEncoding FileReadCmd FileReadPost FileReadPre FileType FileWriteCmd
    FileWritePost FileWritePre FilterReadPost FilterReadPre FilterWritePost FilterWritePre FocusGained FocusLost
    FuncUndefined GUIEnter GUIFailed InsertChange InsertCharPre InsertEnter InsertLeave MenuPopup NONE OptionSet
    QuickFixCmdPost QuickFixCmdPre QuitPre RemoteReply SafeState SafeStateAgain SessionLoadPost ShellCmdPost
    ShellFilterPost SourceCmd SourcePost SourcePre SpellFileMissing StdinReadPost StdinReadPre SwapExists Syntax
    TabClosed TabEnter TabLeave TabNew TermChanged TermResponse TerminalOpen TerminalWinOpen TextChanged
    TextChangedI TextChangedP TextYankPost User VimEnter VimLeave VimLeavePre VimResized WinEnter WinLeave WinNew
    abs acd acos add ai akm aleph allowrevins altkeymap ambiwidth ambw and anti antialias append appendbufline arab
    arabic arabicshape argc argidx arglistid argv ari arshape asin assert_beeps assert_equal assert_equalfile
    assert_exception assert_fails assert_false assert_inrange assert_match assert_notequal assert_notmatch
    assert_report assert_true atan atan2 autochdir autoindent autoread autowrite autowriteall aw awa background
    backspace backup backupcopy backupdir backupext backupskip balloon_gettext balloon_show balloon_split
    balloondelay ballooneval balloonevalterm balloonexpr bdir bdlay belloff beval bevalterm bex bexpr bg bh bin
    binary bk bkc bold bomb breakat breakindent breakindentopt bri briopt brk browsedir bs bsdir bsk bt bufadd
    bufexists bufhidden buflisted bufload bufloaded bufname bufnr buftype bufwinid bufwinnr byte2line byteidx
    byteidxcomp casemap ccv cdpath cedit ceil cfu ch ch_canread ch_close ch_close_in ch_evalexpr ch_evalraw
    ch_getbufnr ch_getjob ch_info ch_log ch_logfile ch_open ch_read ch_readblob ch_readraw ch_sendexpr ch_sendraw
    ch_setoptions ch_status changenr char2nr charconvert ci cin cindent cink cinkeys cino cinoptions cinw cinwords
    clearmatches clipboard cm cmdheight cmdwinheight cmp cms cocu cole colorcolumn columns comments commentstring
    compatible complete complete_add complete_check complete_info completefunc completeopt completepopup
    completeslash concealcursor conceallevel copyindent cos cosh cot count cpo cpoptions cpp cpt crb cryptmethod
    cscope_connection cscopepathcomp cscopeprg cscopequickfix cscoperelative cscopetag cscopetagorder cscopeverbose
    csl cspc csprg csqf csre cst csto csverb cuc cul culopt cursor cursorbind cursorcolumn cursorline cursorlineopt
    cwh dark debugbreak deco deepcopy define delcombine deletebufline dex dg dict dictionary did_filetype diff
    diff_filler diff_hlID diffexpr diffopt digraph dip directory dy ead eadirection eb echoraw ed edcompatible ef
    efm ei ek emo emoji empty enc encoding endofline environ eol ep equalalways equalprg errorbells errorfile
    errorformat escape esckeys et eventhandler eventignore executable execute exepath exists expand expandcmd
    expandtab exrc extend fcl fcs fdc fde fdi fdl fdls fdm fdn fdo fdt feedkeys fen fenc fencs fex ff ffs fic
    fileencoding fileencodings fileformat fileformats fileignorecase filereadable filewritable fillchars finddir
    findfile fixendofline fixeol fk fkmap float2nr floor flp fml fmod fmr fnameescape fnamemodify foldclosed
    foldclosedend foldcolumn foldenable foldexpr foldignore foldlevel foldlevelstart foldmarker foldmethod
    foldminlines foldnestmax foldtext foldtextresult foreground formatexpr formatlistpat formatoptions formatprg fp
    fs fsync ft funcref garbagecollect gcr gd gdefault get getbufinfo getbufline getbufvar getchangelist getchar
    getcharmod getcharsearch getcmdline getcmdpos getcmdtype getcmdwintype getcompletion getcurpos getcwd getenv
    getfontname getfperm getfsize getftime getftype getimstatus getjumplist getline getloclist getmatches
    getmousepos getpid getpos getqflist getreg getregtype gettabinfo gettabvar gettabwinvar gettagstack getwininfo
    getwinpos getwinposx getwinposy getwinvar gfm gfn gfs gfw ghr glob glob2regpat globpath gp grepformat grepprg
    gtl gtt guicursor guifont guifontset guifontwide guiheadroom guioptions guipty guitablabel guitabtooltip has
    has_key haslocaldir hasmapto helpfile helpheight helplang hf hh hidden highlight histadd histdel histget histnr
    hk hkmap hkmapp hkp hl hlID hlexists hlg hls hlsearch hostname ic icon iconstring iconv ignorecase im
    imactivatefunc imactivatekey imaf imak imc imcmdline imd imdisable imi iminsert ims imsearch imsf imst
    imstatusfunc imstyle inc include includeexpr incsearch inde indent indentexpr indentkeys index indk inex inf
    infercase input inputdialog inputlist inputrestore inputsave inputsecret insert insertmode interrupt invacd
    invai invakm invallowrevins invaltkeymap invanti invantialias invar invarab invarabic invarabicshape invari
    invarshape invautochdir invautoindent invautoread invautowrite invautowriteall invaw invawa invbackup
    invballooneval invballoonevalterm invbeval invbevalterm invbin invbinary invbk invbl invbomb invbreakindent
    invbri invbuflisted invcf invci invcin invcindent invcompatible invconfirm invcopyindent invcp invcrb
    invcscoperelative invcscopetag invcscopeverbose invcsre invcst invcsverb invcuc invcul invcursorbind
    invcursorcolumn invcursorline invdeco invdelcombine invdg invdiff invdigraph invea inveb inved invedcompatible
    invek invemo invemoji invendofline inveol invequalalways inverrorbells invert invesckeys invet invex
    invexpandtab invexrc invfen invfic invfileignorecase invfixendofline invfixeol invfk invfkmap invfoldenable
    invfs invfsync invgd invgdefault invguipty invhid invhidden invhk invhkmap invhkmapp invhkp invhls invhlsearch
    invic invicon invignorecase invim invimc invimcmdline invimd invimdisable invincsearch invinf invinfercase
    invinsertmode invis invjoinspaces invjs invlangnoremap invlangremap invlazyredraw invlbr invlinebreak invlisp
    invlist invlnr invloadplugins invlpl invlrm invlz invma invmacatsui invmagic invmh invml invmle invmod
    invmodeline invmodelineexpr invmodifiable invmodified invmore invmousef invmousefocus invmousehide invnu
    invnumber invodev invopendevice invpaste invpi invpreserveindent invpreviewwindow invprompt invpvw invreadonly
    invrelativenumber invremap invrestorescreen invrevins invri invrightleft invrl invrnu invro invrs invru invruler
    invsb invsc invscb invscf invscrollbind invscrollfocus invscs invsecure invsft invshellslash invshelltemp
    invshiftround invshortname invshowcmd invshowfulltag invshowmatch invshowmode invsi invsm invsmartcase
    invsmartindent invsmarttab invsmd invsn invsol invspell invsplitbelow invsplitright invspr invsr invssl invsta
    invstartofline invstmp invswapfile invswf invta invtagbsearch invtagrelative invtagstack invtbi invtbidi invtbs
    invtermbidi invterse invtextauto invtextmode invtf invtgst invtildeop invtimeout invtitle invto invtop invtr
    invttimeout invttybuiltin invttyfast invtx invudf invundofile invvb invvisualbell invwa invwarn invwb
    invweirdinvert invwfh invwfw invwic invwildignorecase invwildmenu invwinfixheight invwinfixwidth invwiv invwmnu
    invwrap invwrapscan invwrite invwriteany invwritebackup invws isdirectory isf isfname isi isident isinf isk
    iskeyword islocked isnan isprint italic items job_getchannel job_info job_setoptions job_start job_status
    job_stop joinspaces js js_decode js_encode json_decode json_encode key keymap keymodel keys keywordprg km kmp kp
    langmap langmenu langnoremap langremap laststatus lazyredraw lbr len libcall libcallnr light line line2byte
    linebreak lines linespace lisp lispindent lispwords list2str listchars listener_add listener_flush
    listener_remove lm lmap lnr loadplugins localtime log log10 lpl lrm lsp luadll luaeval lz macatsui magic makeef
    makeencoding makeprg map maparg mapcheck matchadd matchaddpos matcharg matchdelete matchend matchlist matchpairs
    matchstr matchstrpos matchtime max maxcombine maxfuncdepth maxmapdepth maxmem maxmempattern maxmemtot mco mef
    menc menuitems mfd mh min mis mkdir mkspellmem ml mle mls mm mmd mmp mmt modeline modelineexpr modelines
    modifiable modified more mouse mousef mousefocus mousehide mousem mousemodel mouses mouseshape mouset mousetime
    mp mps msm mzeval mzq mzquantum mzschemedll mzschemegcdll nextnonblank nf noacd noai noakm noallowrevins
    noaltkeymap noanti noantialias noar noarab noarabic noarabicshape noari noarshape noautochdir noautoindent
    noautoread noautowrite noautowriteall noaw noawa nobackup noballooneval noballoonevalterm nobeval nobevalterm
    nobin nobinary nobk nobl nobomb nobreakindent nobri nobuflisted nocf noci nocin nocindent nocompatible noconfirm
    nocopyindent nocp nocrb nocscoperelative nocscopetag nocscopeverbose nocsre nocst nocsverb nocuc nocul
    nocursorbind nocursorcolumn nocursorline nodeco nodelcombine nodg nodiff nodigraph noea noeb noed noedcompatible
    noek noemo noemoji noendofline noeol noequalalways noerrorbells noesckeys noet noex noexpandtab noexrc nofen
    nofic nofileignorecase nofixendofline nofixeol nofk nofkmap nofoldenable nofs nofsync nogd nogdefault noguipty
    nohid nohidden nohk nohkmap nohkmapp nohkp nohls noic noicon noignorecase noim noimc noimcmdline noimd
    noimdisable noincsearch noinf noinfercase noinsertmode nois nojoinspaces nojs nolangnoremap nolangremap
    nolazyredraw nolbr nolinebreak nolisp nolist nolnr noloadplugins nolpl nolrm nolz noma nomacatsui nomagic nomh
    noml nomle nomod nomodeline nomodelineexpr nomodifiable nomodified nomore nomousef nomousefocus nomousehide nonu
    nonumber noodev noopendevice nopaste nopi nopreserveindent nopreviewwindow noprompt nopvw noreadonly
    norelativenumber noremap norestorescreen norevins nori norightleft norl nornu noro nors noru noruler nosb nosc
    noscb noscf noscrollbind noscrollfocus noscs nosecure nosft noshellslash noshelltemp noshiftround noshortname
    noshowcmd noshowfulltag noshowmatch noshowmode nosi nosm nosmartcase nosmartindent nosmarttab nosmd nosn nosol
    nospell nosplitbelow nosplitright nospr nosr nossl nosta nostartofline nostmp noswf nota notagbsearch
    notagrelative notagstack notbi notbidi notbs notermbidi noterse notextauto notextmode notf notgst notildeop
    notimeout notitle noto notop notr nottimeout nottybuiltin nottyfast notx noudf noundofile novb novisualbell nowa
    nowarn nowb noweirdinvert nowfh nowfw nowic nowildignorecase nowildmenu nowinfixheight nowinfixwidth nowiv
    nowmnu nowrap nowrapscan nowrite nowriteany nowritebackup nows nr2char nrformats numberwidth nuw odev oft ofu
    omnifunc opendevice operatorfunc opfunc or osfiletype packpath para paragraphs paste pastetoggle patchexpr
    patchmode path pathshorten pdev penc perldll perleval pex pexpr pfn ph pheader pi pm pmbcs pmbfn popt
    popup_atcursor popup_beval popup_clear popup_close popup_create popup_dialog popup_filter_menu
    popup_filter_yesno popup_findinfo popup_findpreview popup_getoptions popup_getpos popup_hide popup_menu
    popup_move popup_notification popup_setoptions popup_settext popup_show pow preserveindent previewheight
    previewpopup previewwindow prevnonblank printdevice printencoding printexpr printf printfont printheader
    printmbcharset printmbfont printoptions prompt prompt_setcallback prompt_setinterrupt prompt_setprompt prop_add
    prop_clear prop_find prop_list prop_remove prop_type_add prop_type_change prop_type_delete prop_type_get
    prop_type_list pt pum_getpos pumheight pumvisible pumwidth pvh pvp pvw py3eval pyeval pythondll pythonhome
    pythonthreedll pythonthreehome pyxeval pyxversion qe quoteescape rand range rdt re readdir readfile readonly
    redrawtime reg_executing reg_recording regexpengine relativenumber reltime reltimefloat reltimestr remap
    remote_expr remote_foreground remote_peek remote_read remote_send remote_startserver remove rename renderoptions
    repeat report resolve restorescreen reverse revins rightleft rightleftcmd rl rlc rnu ro rop round rs rtp rubydll
    rubyeval ruf ruler rulerformat runtimepath sbo scb scf screenattr screenchar screenchars screencol screenpos
    screenrow screenstring scroll scrollbind scrollfocus scrolljump scrolloff scrollopt search searchdecl searchpair
    searchpairpos searchpos sect sections secure sel selection selectmode server2client serverlist sessionoptions
    setbufline setbufvar setcharsearch setcmdpos setenv setfperm setline setloclist setmatches setpos setqflist
    setreg settabvar settabwinvar settagstack setwinvar sft sha256 shcf shellcmdflag shellescape shellpipe
    shellquote shellredir shellslash shelltemp shelltype shellxescape shellxquote shiftround shiftwidth shm
    shortmess shortname showbreak showcmd showfulltag showmatch showmode showtabline shq sidescroll sidescrolloff
    sign_define sign_getdefined sign_getplaced sign_jump sign_place sign_placelist sign_undefine sign_unplace
    sign_unplacelist signcolumn simplify sinh siso sj slm smartcase smartindent smarttab smc smd softtabstop sol
    sound_clear sound_playevent sound_playfile sound_stop soundfold spc spell spellbadword spellcapcheck spellfile
    spelllang spellsuggest spf spl splitbelow splitright sps sqrt srand srr ss ssl ssop stal startofline state
    statusline stl stmp str2float str2list str2nr strcharpart strchars strdisplaywidth strftime strgetchar stridx
    string strlen strpart strptime strridx strtrans strwidth su sua submatch substitute suffixes suffixesadd
    swapfile swapinfo swapsync swb swf switchbuf sws sxe sxq synID synIDattr synIDtrans synconcealed synmaxcol
    synstack syntax system systemlist t_8b t_8f t_AB t_AF t_AL t_BD t_BE t_CS t_CV t_Ce t_Co t_Cs t_DL t_EC t_EI
    t_F1 t_F2 t_F3 t_F4 t_F5 t_F6 t_F7 t_F8 t_F9 t_GP t_IE t_IS t_K1 t_K3 t_K4 t_K5 t_K6 t_K7 t_K8 t_K9 t_KA t_KB
    t_KC t_KD t_KE t_KF t_KG t_KH t_KI t_KJ t_KK t_KL t_PE t_PS t_RB t_RC t_RF t_RI t_RS t_RT t_RV t_Ri t_SC t_SH
    t_SI t_SR t_ST t_Sb t_Sf t_Si t_TE t_TI t_Te t_Ts t_VS t_WP t_WS t_ZH t_ZR t_al t_bc t_cd t_ce t_cl t_cm t_cs
    t_da t_db t_dl t_fs t_k1 t_k2 t_k3 t_k4 t_k5 t_k6 t_k7 t_k8 t_k9 t_kB t_kD t_kI t_kN t_kP t_kb t_kd t_ke t_kh
    t_kl t_kr t_ks t_ku t_le t_mb t_md t_me t_mr t_ms t_nd t_op t_se t_so t_sr t_te t_ti t_ts t_u7 t_ue t_us t_ut
    t_vb t_ve t_vi t_vs t_xn t_xs tabline tabpagebuflist tabpagemax tabpagenr tabpagewinnr tabstop tagbsearch
    tagcase tagfiles tagfunc taglength taglist tagrelative tagstack tal tan tanh tb tbi tbidi tbis tbs tcldll
    tempname tenc term term_dumpdiff term_dumpload term_dumpwrite term_getaltscreen term_getansicolors term_getattr
    term_getcursor term_getjob term_getline term_getscrolled term_getsize term_getstatus term_gettitle term_gettty
    term_list term_scrape term_sendkeys term_setansicolors term_setapi term_setkill term_setrestore term_setsize
    term_start term_wait termbidi termencoding termguicolors termwinkey termwinscroll termwinsize termwintype terse
    test_alloc_fail test_autochdir test_feedinput test_garbagecollect_now test_garbagecollect_soon test_getvalue
    test_ignore_error test_null_blob test_null_channel test_null_dict test_null_job test_null_list test_null_partial
    test_null_string test_option_not_set test_override test_refcount test_setmouse test_settime test_srand_seed
    test_unknown test_void textauto textmode textwidth tfu tgc tgst thesaurus tildeop timeout timeoutlen timer_info
    timer_pause timer_start timer_stop timer_stopall title titlelen titleold titlestring tolower toolbar
    toolbariconsize top toupper tpm trim trunc tsl tsr ttimeout ttimeoutlen ttm tty ttybuiltin ttyfast ttym ttymouse
    ttyscroll ttytype tw twk tws twsl twt tx type uc udf udir ul underline undodir undofile undolevels undoreload
    undotree uniq updatecount updatetime ur ut values varsofttabstop vartabstop vb vbs vdir verbosefile vfile
    viewdir viewoptions vif viminfo viminfofile virtcol virtualedit visualbell visualmode vop vsts vts wak warn wb
    wc wcm wcr wd weirdinvert wfh wfw whichwrap wi wic wig wildchar wildcharm wildignore wildignorecase wildmenu
    wildmenumode wildmode wildoptions wim win_execute win_findbuf win_getid win_gettype win_gotoid win_id2tabwin
    win_id2win win_screenpos win_splitmove winaltkeys winbufnr wincol wincolor window windowsversion winfixheight
    winfixwidth winheight winlayout winline winminheight winminwidth winnr winptydll winrestcmd winrestview
    winsaveview winwidth wiv wiw wm wmh wmnu wmw wop wordcount wrap wrapmargin wrapscan writeany writebackup
    writedelay writefile ws ww xor
    """
)
